/**
 * Reviewed synonym groups: the names a reader may type for one concept — abbreviation, English
 * term, Chinese term. When an answer uses one name, the search index also gets the others, so
 * "k8s", "Kubernetes", "幂等" / "idempotent" and "哨兵" / "Sentinel" find the same answers.
 *
 * Rules for adding a group: the names must mean the same thing in this site's domain (backend,
 * cloud native, distributed systems); no loose associations ("Istio" is not "服务网格"), no bare
 * numbers or one-letter words, and no Chinese name of a single character.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Go
  ['goroutine', '协程'],
  ['GC', '垃圾回收', 'garbage collection'],
  ['三色标记', 'tri-color marking'],
  ['写屏障', 'write barrier'],
  ['逃逸分析', 'escape analysis'],
  ['channel', '通道'],
  ['slice', '切片'],
  ['互斥锁', 'mutex'],
  ['读写锁', 'RWMutex'],
  ['工作窃取', 'work stealing'],
  ['抢占式调度', 'preemptive scheduling'],
  ['标记清除', 'mark and sweep', 'mark-sweep'],
  ['内存泄漏', 'memory leak'],
  ['协程泄漏', 'goroutine leak'],
  // Kubernetes
  ['Kubernetes', 'k8s'],
  ['kube-apiserver', 'apiserver', 'API Server'],
  ['PV', 'PersistentVolume', '持久卷'],
  ['PVC', 'PersistentVolumeClaim', '持久卷声明'],
  ['StorageClass', '存储类'],
  ['CNI', '容器网络接口', 'Container Network Interface'],
  ['CRI', '容器运行时接口', 'Container Runtime Interface'],
  ['CSI', '容器存储接口', 'Container Storage Interface'],
  ['OCI', '开放容器倡议', 'Open Container Initiative'],
  ['CRD', '自定义资源', 'CustomResourceDefinition'],
  ['RBAC', '基于角色的访问控制', 'role-based access control'],
  ['HPA', '水平自动扩缩容', 'Horizontal Pod Autoscaler'],
  ['namespace', '命名空间'],
  ['滚动更新', '滚动升级', 'rolling update'],
  ['回滚', 'rollback'],
  ['污点', 'taint'],
  ['亲和性', 'affinity'],
  ['探针', 'probe'],
  ['存活探针', 'liveness probe', 'livenessProbe'],
  ['就绪探针', 'readiness probe', 'readinessProbe'],
  ['容忍度', '容忍', 'toleration'],
  ['驱逐', 'eviction', 'evict', 'drain'],
  ['节点', 'node'],
  ['控制器', 'controller'],
  ['调谐', '调和', 'reconcile', 'reconciliation'],
  ['终结器', 'finalizer'],
  ['调度器', 'scheduler'],
  ['网络策略', 'NetworkPolicy', 'network policy'],
  ['资源配额', 'ResourceQuota', 'resource quota'],
  ['动态供应', 'dynamic provisioning'],
  ['生命周期钩子', 'lifecycle hook'],
  ['平滑发布', '优雅发布', '无损发布', 'graceful release'],
  ['备份', 'backup'],
  ['有状态', 'stateful'],
  ['无状态', 'stateless'],
  ['多租户', 'multi-tenancy', 'multi-tenant'],
  ['高可用', 'high availability'],
  // Containers and cloud native
  ['容器', 'container'],
  ['cgroups', 'cgroup', '控制组', 'Control Groups'],
  ['联合文件系统', 'UnionFS', 'union file system'],
  ['写时复制', 'copy-on-write'],
  ['docker compose', 'docker-compose'],
  ['数据卷', 'volume'],
  ['绑定挂载', 'bind mount'],
  ['网桥', 'bridge'],
  ['覆盖网络', 'overlay network'],
  ['虚悬镜像', 'dangling image'],
  ['流水线', 'pipeline'],
  ['工件', '制品', 'artifact', 'artifacts'],
  ['持续集成', 'continuous integration'],
  ['持续交付', '持续部署', 'continuous delivery', 'continuous deployment'],
  ['云原生', 'cloud native'],
  ['云计算', 'cloud computing'],
  ['IaaS', '基础设施即服务'],
  ['PaaS', '平台即服务'],
  ['SaaS', '软件即服务'],
  ['服务网格', 'service mesh'],
  ['微服务', 'microservice', 'microservices'],
  ['单体', 'monolith', 'monolithic'],
  ['无服务器', 'serverless'],
  // Distributed systems
  ['CAP 理论', 'CAP 定理', 'CAP theorem'],
  ['一致性', 'consistency'],
  ['可用性', 'availability'],
  ['分区容错', '分区容忍', 'partition tolerance'],
  ['最终一致性', 'eventual consistency'],
  ['强一致性', 'strong consistency'],
  ['共识算法', '一致性算法', 'consensus algorithm'],
  ['选主', '选举', 'leader election'],
  ['日志复制', 'log replication'],
  ['心跳', 'heartbeat'],
  ['脑裂', 'split brain', 'split-brain'],
  ['故障转移', 'failover'],
  ['多数派', '法定人数', 'quorum'],
  ['协调者', 'coordinator'],
  ['参与者', 'participant'],
  ['分片', 'sharding', 'shard'],
  ['一致性哈希', 'consistent hashing'],
  ['时钟回拨', 'clock rollback', 'clock drift'],
  ['序列号', 'sequence number'],
  ['保存点', 'savepoint'],
  ['滚动窗口', 'tumbling window'],
  ['滑动窗口', 'sliding window'],
  ['会话窗口', 'session window'],
  ['精确一次', 'exactly once', 'exactly-once'],
  ['至少一次', 'at least once', 'at-least-once'],
  ['分布式锁', 'distributed lock'],
  ['分布式事务', 'distributed transaction'],
  ['两阶段提交', '2PC', 'two-phase commit'],
  ['三阶段提交', '3PC', 'three-phase commit'],
  ['TCC', 'Try-Confirm-Cancel'],
  ['补偿', 'compensation'],
  ['幂等', 'idempotent', 'idempotency', 'idempotence'],
  ['雪花算法', 'snowflake'],
  ['分布式 ID', 'distributed ID'],
  ['对象存储', 'object storage', 'OSS'],
  ['分片上传', 'multipart upload'],
  ['断点续传', 'resumable upload'],
  ['水位线', 'watermark'],
  ['事件时间', 'event time'],
  ['流处理', 'stream processing'],
  ['批处理', 'batch processing'],
  ['检查点', 'checkpoint'],
  // etcd
  ['租约', 'lease'],
  ['续约', 'keepalive', 'keep-alive'],
  ['MVCC', '多版本并发控制', 'multi-version concurrency control'],
  ['WAL', '预写日志', 'write-ahead log', 'write-ahead logging'],
  ['快照', 'snapshot'],
  ['TTL', '过期时间', 'time to live'],
  ['BoltDB', 'bbolt'],
  // Messaging
  ['消息队列', 'MQ', 'message queue'],
  ['消费者组', '消费组', 'consumer group'],
  ['生产者', 'producer'],
  ['消费者', 'consumer'],
  ['副本', 'replica'],
  ['ISR', 'in-sync replicas', '同步副本'],
  ['偏移量', 'offset', '位移'],
  ['消息积压', '消息堆积'],
  ['零拷贝', 'zero-copy', 'zero copy'],
  ['ZooKeeper', 'zk'],
  ['死信队列', 'dead letter queue', 'DLQ'],
  ['延迟队列', 'delay queue'],
  ['分区', 'partition'],
  ['重平衡', '再平衡', 'rebalance', 'rebalancing'],
  ['手动提交', '显式提交', 'manual commit', 'explicit commit'],
  ['自动提交', 'auto commit'],
  ['镜像队列', '镜像集群', 'mirrored queue', 'mirrored queues', 'queue mirroring'],
  ['消息丢失', '丢消息', 'message loss'],
  ['重复消费', 'duplicate consumption'],
  ['顺序写', 'sequential write'],
  ['页缓存', 'page cache'],
  ['稀疏索引', 'sparse index'],
  ['日志分段', 'log segment'],
  ['高吞吐量', '高吞吐', 'high throughput'],
  // Databases and caches
  ['哨兵', 'Sentinel'],
  ['持久化', 'persistence'],
  ['主从复制', '主从同步', 'master-slave replication'],
  ['主从延迟', 'replication lag'],
  ['读写分离', 'read-write splitting'],
  ['缓存穿透', 'cache penetration'],
  ['缓存雪崩', 'cache avalanche'],
  ['缓存击穿', 'cache breakdown'],
  ['布隆过滤器', 'bloom filter'],
  ['存储引擎', 'storage engine'],
  ['B+树', 'B+ tree', 'B+Tree'],
  ['哈希槽', 'hash slot'],
  ['中继日志', 'relay log'],
  ['半同步复制', 'semi-synchronous replication'],
  ['binlog', '二进制日志'],
  // Microservices
  ['服务发现', 'service discovery'],
  ['服务注册', 'service registration'],
  ['注册中心', 'service registry'],
  ['配置中心', 'config center'],
  ['负载均衡', 'load balancing', 'load balancer'],
  ['限流', 'rate limiting', 'rate limit'],
  ['令牌桶', 'token bucket'],
  ['漏桶', 'leaky bucket'],
  ['熔断', 'circuit breaker', 'circuit breaking'],
  ['降级', 'degradation'],
  ['网关', 'gateway'],
  ['protobuf', 'Protocol Buffers'],
  ['RPC', '远程过程调用'],
  ['健康检查', 'health check'],
  ['半开', 'half-open'],
  ['反向代理', 'reverse proxy'],
  ['金丝雀发布', '灰度发布', 'canary release'],
  ['蓝绿部署', 'blue-green deployment'],
  // Observability and operations
  ['链路追踪', '分布式追踪', 'distributed tracing'],
  ['可观测性', 'observability'],
  ['监控', 'monitoring'],
  ['告警', 'alerting'],
  ['采样', 'sampling'],
  ['Trace ID', 'TraceID'],
  ['Span ID', 'SpanID'],
  ['OpenTelemetry', 'OTel'],
  ['QPS', '每秒查询率', 'queries per second'],
  ['TPS', '每秒事务数', 'transactions per second'],
  ['网关超时', 'gateway timeout'],
  ['状态码', 'status code'],
  ['上下文传播', 'context propagation'],
  ['指标', 'metrics'],
  ['时区', 'timezone', 'time zone'],
  // Media
  ['硬件加速', 'hardware acceleration'],
  ['滤镜', 'filter graph'],
  ['编解码器', 'codec'],
  ['解复用', 'demux', 'demuxing'],
  ['时间戳', 'timestamp'],
];

const HAN = /\p{Script=Han}/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for one name as it appears in running text: case-insensitive, Latin names only as
 * whole words, and a space between a Latin and a Chinese part optional ("CAP理论" is "CAP 理论").
 */
function namePattern(name: string): RegExp {
  const words = name.split(/\s+/);
  const source = words
    .map((word, index) => {
      if (index === 0) return escape(word);
      const mixed = HAN.test(words[index - 1]!.at(-1)!) !== HAN.test(word[0]!);
      return `${mixed ? '\\s*' : '\\s+'}${escape(word)}`;
    })
    .join('');
  const before = /^[A-Za-z0-9]/.test(name) ? '(?<![A-Za-z0-9])' : '';
  const after = /[A-Za-z0-9]$/.test(name) ? '(?![A-Za-z0-9])' : '';
  return new RegExp(`${before}${source}${after}`, 'iu');
}

const GROUPS = SYNONYM_GROUPS.map((names) => names.map((name) => ({ name, pattern: namePattern(name) })));

/**
 * The other names of every concept the text mentions by one of its names, minus those the text
 * already contains.
 */
export function synonymsFor(text: string): string[] {
  const found: string[] = [];
  for (const group of GROUPS) {
    const present = group.filter(({ pattern }) => pattern.test(text));
    if (present.length === 0) continue;
    for (const { name } of group) if (!present.some((entry) => entry.name === name) && !found.includes(name)) found.push(name);
  }
  return found;
}
