// Token classes as small integers: the decoder keys its states and caches on them.

export interface ClassTable {
  id(name: string): number;
  name(id: number): string;
}

export function createClassTable(): ClassTable {
  const ids = new Map<string, number>();
  const names: string[] = [];
  return {
    id: (name) => {
      let id = ids.get(name);
      if (id === undefined) {
        id = names.length;
        ids.set(name, id);
        names.push(name);
      }
      return id;
    },
    name: (id) => names[id] ?? '',
  };
}
