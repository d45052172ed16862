/**
 * Curated English ids for headings, keyed by the heading's normalized text. A heading not
 * listed here gets a pinyin slug. Once published, an id is a promise: change it only with an
 * alias in anchors.lock.json.
 */
export const curatedAnchorIds: Record<string, string> = {
  '1. Go的GMP调度模型': 'gmp-scheduler',
  '2. Channel的实现原理': 'channel-internals',
  '3. 垃圾回收机制': 'garbage-collection',
  '4. 切片和数组的区别': 'slice-vs-array',
  '5. Pod的生命周期': 'pod-lifecycle',
  '6. Service的实现原理': 'service-internals',
  '7. 网络插件的区别': 'cni-plugins',
  '8. 存储管理机制': 'storage-management',
  '9. 大规模集群架构设计': 'large-cluster-architecture',
  '10. 集群性能优化实践': 'cluster-performance-tuning',
  '11. 自定义控制器开发': 'custom-controller',
  '12. 集群故障排查与恢复': 'cluster-troubleshooting',
  '13. 多租户资源隔离方案': 'multi-tenant-isolation',
  '14. 集群升级与回滚策略': 'cluster-upgrade-rollback',
  '15. CAP理论的理解': 'cap-theorem',
  '16. Raft算法原理': 'raft-algorithm',
  '17. 分布式锁实现': 'distributed-lock',
  '18. 服务发现机制': 'service-discovery',
  '19. Kafka消息可靠性': 'kafka-message-reliability',
  '20. Redis集群方案': 'redis-cluster',
  '21. etcd的应用场景': 'etcd-use-cases',
};
