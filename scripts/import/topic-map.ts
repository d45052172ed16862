/**
 * Where every section of every note is published: topics (sidebar groups), their pages,
 * and which note sections each page is made of. This is data, not code: routing a new
 * note section means adding a selector here. A section no page claims is an import error.
 */
import type { SiteView } from '../../src/lib/site-directives.ts';

export interface SourceSelector {
  /** Note id: the file's three-digit prefix. */
  note: string;
  /** Heading text of the section, as normalized (no Markdown, no leading emoji). */
  heading: string;
  /** Title of the parent section, to tell apart sections with the same title. */
  under?: string;
  /** 1-based occurrence among sections with the same title (after `under`). */
  nth?: number;
  /** Also claims the following sibling sections, up to and including this title. */
  through?: string;
  /** A clearer heading for this section on the page; must contain the original text. */
  retitle?: string;
  /** On a single-source page, keep the section's own heading instead of using it as the title. */
  keepHeading?: boolean;
}

export interface PageSpec {
  slug: string;
  /** A site view rendered after the page's own content (src/components/overrides/MarkdownContent.astro). */
  siteView?: SiteView;
  /** Page title; defaults to the title of its only source section. */
  title?: string;
  description?: string;
  sources: SourceSelector[];
}

export interface TopicSpec {
  id: string;
  label: string;
  /** One sentence for the home page and the topic overview. */
  summary: string;
  pages: PageSpec[];
}

/** Category headings whose questions are spread over topics; their heading line is dropped. */
export interface DissolvedHeading {
  note: string;
  heading: string;
  under?: string;
}

/** Pages outside the topics, linked at the top of the sidebar. */
export const standalonePages: PageSpec[] = [
  {
    slug: 'questions',
    title: '题目索引',
    description: '站内全部面试题按主题排列，每题直达答案锚点；附原笔记《面试真题集》的题目分类。',
    siteView: 'question-index',
    sources: [{ note: '000', heading: '面试真题集', keepHeading: true }],
  },
  { slug: 'interview-tips', title: '面试答题技巧', sources: [{ note: '000', heading: '面试技巧' }] },
];

export const dissolvedHeadings: DissolvedHeading[] = [
  { note: '000', heading: '分布式系统' },
  { note: '000', heading: '中间件技术' },
  { note: '001', heading: '云原生' },
  { note: '001', heading: '微服务' },
  { note: '001', heading: '分布式' },
  { note: '001', heading: '消息队列' },
  { note: '003', heading: '面试问题' },
  { note: '003', heading: '中间件以及数据库' },
  { note: '004', heading: 'ETCD' },
];

export const topics: TopicSpec[] = [
  {
    id: 'go',
    label: 'Go 语言',
    summary: 'GMP 调度、Channel、垃圾回收、切片，以及 Go 运行时依赖的内存与线程基础。',
    pages: [
      { slug: 'interview', title: 'Go 语言基础', sources: [{ note: '000', heading: 'Go语言基础' }] },
      {
        slug: 'memory-and-threads',
        title: 'Go 内存管理与线程（博客摘录）',
        sources: [
          { note: '002', heading: '操作系统内存管理' },
          { note: '002', heading: '传统 OS 线程' },
        ],
      },
    ],
  },
  {
    id: 'kubernetes',
    label: 'Kubernetes',
    summary: 'Pod、Service、CNI 与存储原理，大规模集群的架构、调优、排障与升级，以及日常运维面试题。',
    pages: [
      { slug: 'core', title: 'Kubernetes 核心原理', sources: [{ note: '000', heading: 'Kubernetes运维' }] },
      { slug: 'large-scale', title: 'K8s 大规模集群维护与二开', sources: [{ note: '000', heading: 'K8s大规模集群维护与二开' }] },
      { slug: 'custom-controller', title: '自定义控制器开发', sources: [{ note: '000', heading: '11. 自定义控制器开发' }] },
      {
        slug: 'troubleshooting-and-upgrades',
        title: '故障排查、多租户隔离与集群升级',
        sources: [
          { note: '000', heading: '12. 集群故障排查与恢复' },
          { note: '000', heading: '13. 多租户资源隔离方案' },
          { note: '000', heading: '14. 集群升级与回滚策略' },
        ],
      },
      { slug: 'ops-interview', title: 'K8s 运维面试题', sources: [{ note: '003', heading: 'k8s方面' }] },
      { slug: 'basics', title: 'Kubernetes 基础：kubectl、Portainer 与 Helm', sources: [{ note: '001', heading: 'k8s' }] },
      {
        slug: 'components',
        title: 'apiserver 高可用、kubelet 与 kube-proxy（博客摘录）',
        sources: [
          { note: '002', heading: '为什么要做高可用', retitle: 'kube-apiserver：为什么要做高可用' },
          { note: '002', heading: '早期 kubelet 创建容器工作原理' },
          { note: '002', heading: '简介', nth: 2, retitle: 'kube-proxy 简介' },
        ],
      },
    ],
  },
  {
    id: 'cloud-native',
    label: '云原生与容器',
    summary: '云原生的要素与技术栈、容器标准、Docker 与 Compose、GitLab CI/CD 和云计算。',
    pages: [
      {
        slug: 'overview',
        title: '云原生概述',
        sources: [
          { note: '001', heading: '定义', under: '云原生', retitle: '云原生的定义' },
          { note: '002', heading: 'istio 是什么' },
        ],
      },
      { slug: 'container-standards', title: '容器标准：OCI 与 CRI', sources: [{ note: '001', heading: '容器', under: '云原生' }] },
      { slug: 'docker', title: 'Docker 简介、安装与 Dockerfile', sources: [{ note: '001', heading: 'docker' }] },
      {
        slug: 'docker-commands',
        title: 'Docker 镜像、容器与网络命令',
        sources: [
          { note: '001', heading: '镜像', under: 'docker' },
          { note: '001', heading: '容器', under: 'docker' },
          { note: '001', heading: '网络', under: 'docker' },
        ],
      },
      { slug: 'docker-internals', title: 'Docker 底层实现', sources: [{ note: '001', heading: '底层实现', under: 'docker' }] },
      { slug: 'docker-compose', sources: [{ note: '001', heading: 'Docker Compose' }] },
      { slug: 'gitlab-ci', sources: [{ note: '001', heading: 'GitLab CI/CD' }] },
      { slug: 'cloud-computing', title: '云计算及其与云原生的关系', sources: [{ note: '001', heading: '云计算' }] },
    ],
  },
  {
    id: 'microservices',
    label: '微服务',
    summary: '微服务架构与拆分、gRPC、服务注册与发现、Nacos、APISIX 网关，以及负载均衡、限流与熔断。',
    pages: [
      {
        slug: 'architecture',
        title: '微服务架构',
        sources: [
          { note: '001', heading: '总体架构图', under: '微服务' },
          { note: '001', heading: '定义', under: '微服务', retitle: '微服务的定义' },
        ],
      },
      { slug: 'grpc', sources: [{ note: '001', heading: 'gRPC' }] },
      {
        slug: 'service-registry',
        title: '服务注册与发现',
        sources: [
          { note: '001', heading: '服务注册中心' },
          { note: '000', heading: '18. 服务发现机制' },
        ],
      },
      { slug: 'nacos', title: 'Nacos', sources: [{ note: '001', heading: 'nacos' }] },
      { slug: 'apisix', title: 'APISIX 网关', sources: [{ note: '001', heading: 'APISIX' }] },
      {
        slug: 'governance',
        title: '负载均衡、限流与熔断',
        sources: [
          { note: '001', heading: '负载均衡算法' },
          { note: '001', heading: '限流' },
          { note: '001', heading: '熔断器' },
        ],
      },
    ],
  },
  {
    id: 'distributed',
    label: '分布式系统',
    summary: 'CAP、Raft 与 Paxos、分布式锁、分布式 ID、分布式事务、幂等、Distro、Flink 与对象存储。',
    pages: [
      {
        slug: 'cap',
        title: 'CAP 理论',
        sources: [
          { note: '001', heading: '定义', under: '分布式', retitle: '分布式系统的定义' },
          { note: '001', heading: 'CAP理论' },
          { note: '000', heading: '15. CAP理论的理解' },
        ],
      },
      {
        slug: 'consensus',
        title: 'Raft 与 Paxos 共识算法',
        sources: [
          { note: '000', heading: '16. Raft算法原理' },
          { note: '001', heading: 'RAFT' },
          { note: '001', heading: 'PAXOS' },
        ],
      },
      {
        slug: 'distributed-lock',
        title: '分布式锁',
        sources: [
          { note: '000', heading: '17. 分布式锁实现' },
          { note: '004', heading: '分布式锁', under: 'ETCD', retitle: 'etcd 分布式锁（项目笔记）' },
        ],
      },
      { slug: 'distributed-id', title: '分布式 ID 与雪花算法', sources: [{ note: '001', heading: '分布式 ID' }] },
      { slug: 'transactions', title: '分布式事务：2PC、3PC、Saga 与 TCC', sources: [{ note: '001', heading: '分布式事务' }] },
      { slug: 'idempotency', title: '幂等性', sources: [{ note: '001', heading: '幂等性', under: '分布式' }] },
      { slug: 'distro', title: 'Distro 协议', sources: [{ note: '001', heading: 'Distro' }] },
      { slug: 'flink', sources: [{ note: '001', heading: 'Apache Flink' }] },
      { slug: 'object-storage', title: '对象存储 OSS', sources: [{ note: '001', heading: 'OSS' }] },
    ],
  },
  {
    id: 'kafka',
    label: 'Kafka 与消息队列',
    summary: 'Kafka 的存储、分区副本、消费组、可靠性与一致性，kafka-go 客户端，以及消息队列的经典面试题。',
    pages: [
      { slug: 'architecture', title: 'Kafka 架构与存储', sources: [{ note: '001', heading: 'kafka', under: '消息队列' }] },
      {
        slug: 'consumers-and-reliability',
        title: 'Kafka 消费组、容错与一致性',
        sources: [{ note: '001', heading: '6. 消费模式与消费组', through: '消息积压' }],
      },
      { slug: 'go-client', title: 'Kafka Go 客户端（kafka-go）', sources: [{ note: '001', heading: '代码', under: '消息队列' }] },
      {
        slug: 'mq-interview',
        title: '消息队列高频面试题',
        sources: [
          { note: '000', heading: '19. Kafka消息可靠性' },
          { note: '003', heading: 'kafka的高可用性', through: '大量消息在mq里积压了几个小时了还没解决' },
        ],
      },
    ],
  },
  {
    id: 'etcd',
    label: 'etcd',
    summary: 'etcd 的 Raft、WAL、快照、MVCC、Watch、租约与分布式锁，bbolt 存储，以及用 Go 操作 etcd。',
    pages: [
      {
        slug: 'internals',
        title: 'etcd 核心原理与集群搭建',
        sources: [
          { note: '001', heading: 'ETCD', retitle: 'ETCD 核心原理' },
          { note: '000', heading: '21. etcd的应用场景' },
        ],
      },
      { slug: 'go-client', title: '用 Go 操作 etcd', sources: [{ note: '001', heading: 'Go语言操作etcd' }] },
      {
        slug: 'watch',
        title: 'etcd Watch 机制',
        sources: [
          { note: '004', heading: 'watch机制' },
          { note: '002', heading: '介绍', nth: 1, retitle: 'etcd watch 实现原理：介绍' },
        ],
      },
      { slug: 'lease', title: 'etcd 租约机制', sources: [{ note: '004', heading: '租约机制' }] },
      {
        slug: 'mvcc',
        title: 'etcd MVCC',
        sources: [
          { note: '002', heading: '什么是 MVCC' },
          { note: '004', heading: 'MVCC实现' },
        ],
      },
      {
        slug: 'bbolt',
        title: 'bbolt 与 BoltDB',
        sources: [
          { note: '002', heading: '简介', nth: 1, retitle: 'bbolt 简介' },
          { note: '002', heading: '介绍', nth: 2, retitle: 'BoltDB 介绍' },
        ],
      },
    ],
  },
  {
    id: 'middleware',
    label: '中间件与数据库',
    summary: 'MySQL 主从与高可用架构、索引，Redis 主从、哨兵、集群与持久化，RabbitMQ 集群模式。',
    pages: [
      {
        slug: 'mysql',
        title: 'MySQL',
        sources: [
          { note: '003', heading: 'mysql', retitle: 'mysql 运维面试题' },
          { note: '004', heading: 'MYSQL高频面试题' },
        ],
      },
      {
        slug: 'redis',
        title: 'Redis',
        sources: [
          { note: '000', heading: '20. Redis集群方案' },
          { note: '003', heading: 'redis', retitle: 'redis 运维面试题' },
          { note: '004', heading: 'REDIS高频面试题' },
        ],
      },
      { slug: 'rabbitmq', title: 'RabbitMQ', sources: [{ note: '003', heading: 'RabbitMQ' }] },
    ],
  },
  {
    id: 'observability',
    label: '可观测性',
    summary: '监控与可观测性、Kubernetes exporter、分布式链路追踪、Jaeger 与 Prometheus。',
    pages: [
      {
        slug: 'overview',
        title: '监控与可观测性',
        sources: [
          { note: '001', heading: '监控和可观测性' },
          { note: '003', heading: '监控', retitle: '监控面试题' },
        ],
      },
      { slug: 'tracing', sources: [{ note: '001', heading: '分布式链路追踪' }] },
      { slug: 'jaeger', sources: [{ note: '001', heading: 'Jaeger' }] },
      { slug: 'prometheus', title: 'Prometheus 监控 gRPC 服务', sources: [{ note: '001', heading: 'Prometheus' }] },
    ],
  },
  {
    id: 'projects',
    label: '项目经验',
    summary: 'GatorCloud 多租户安全云：技术栈、Operator 与控制器、OPS 运维平台、私有化部署。',
    pages: [
      { slug: 'tech-stack', title: '技术栈与项目亮点', sources: [{ note: '004', heading: '技术栈' }] },
      {
        slug: 'gatorcloud-components',
        title: 'GatorCloud 核心组件',
        sources: [
          { note: '004', heading: 'sk-proxy-go' },
          { note: '004', heading: 'sk-service-controller' },
          { note: '004', heading: 'sk-gatorcloud-operator' },
          { note: '004', heading: 'task-pop' },
        ],
      },
      {
        slug: 'ops-platform',
        title: 'OPS 运维管理平台与 Operator 模块',
        sources: [
          { note: '004', heading: 'OPS运维管理平台' },
          { note: '004', heading: 'Operator模块' },
        ],
      },
      { slug: 'private-deployment', title: '私有化部署', sources: [{ note: '004', heading: '私有化部署' }] },
      {
        slug: 'backlog',
        title: '待整理的主题',
        description: '原笔记中已列出标题、内容尚待补充的主题。',
        sources: [
          { note: '004', heading: 'CA认证中心' },
          { note: '004', heading: '分布式任务调度' },
        ],
      },
    ],
  },
  {
    id: 'ops',
    label: '运维实践',
    summary: '运维高级工程师的能力清单，以及网站 5xx 状态码的含义与排查。',
    pages: [
      { slug: 'senior-engineer-skills', title: '运维高级工程师技能', sources: [{ note: '003', heading: '先定一个短期目标', keepHeading: true }] },
      { slug: 'http-status-codes', title: '网站 5xx 状态码排查', sources: [{ note: '003', heading: '网站', keepHeading: true }] },
    ],
  },
  {
    id: 'others',
    label: '其他技术',
    summary: 'FFmpeg 的文件结构、编解码、滤镜与硬件加速。',
    pages: [{ slug: 'ffmpeg', title: 'FFmpeg 原理', sources: [{ note: '001', heading: 'FFmpeg' }] }],
  },
];

/** The whole topic map, as the importer takes it. */
export interface TopicMap {
  topics: TopicSpec[];
  standalonePages: PageSpec[];
  dissolvedHeadings: DissolvedHeading[];
}

export const topicMap: TopicMap = { topics, standalonePages, dissolvedHeadings };
