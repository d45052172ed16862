import sharp from 'sharp';

export interface PixelDifference {
  /** Pixels whose colour differs by more than the tolerance in some channel. */
  differing: number;
  total: number;
  /** Whether the two images have the same size at all. */
  sameSize: boolean;
}

/** A channel difference up to this is anti-aliasing of coordinates rounded to 0.01 px, not a change. */
const CHANNEL_TOLERANCE = 64;

/** Compares two PNG screenshots pixel by pixel. */
export async function comparePixels(before: Buffer, after: Buffer): Promise<PixelDifference> {
  const [a, b] = await Promise.all([before, after].map((png) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })));
  const total = a!.info.width * a!.info.height;
  if (a!.info.width !== b!.info.width || a!.info.height !== b!.info.height) return { differing: total, total, sameSize: false };
  let differing = 0;
  for (let offset = 0; offset < a!.data.length; offset += 4) {
    for (let channel = 0; channel < 4; channel++) {
      if (Math.abs(a!.data[offset + channel]! - b!.data[offset + channel]!) > CHANNEL_TOLERANCE) {
        differing++;
        break;
      }
    }
  }
  return { differing, total, sameSize: true };
}
