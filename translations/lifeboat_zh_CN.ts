<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChunkCodecs</name>
    <message>
        <source>a raw chunk holds %1 bytes where the index records %2</source>
        <translation>未压缩数据块有 %1 字节，而索引记录的是 %2 字节</translation>
    </message>
    <message>
        <source>out of memory for a zstd decompression context</source>
        <translation>内存不足，无法创建 zstd 解压上下文</translation>
    </message>
    <message>
        <source>damaged zstd chunk: %1</source>
        <translation>zstd 数据块已损坏：%1</translation>
    </message>
    <message>
        <source>a zstd chunk decodes to %1 bytes where the index records %2</source>
        <translation>zstd 数据块解压后为 %1 字节，而索引记录的是 %2 字节</translation>
    </message>
    <message>
        <source>unknown chunk codec %1</source>
        <translation>未知的数据块编码 %1</translation>
    </message>
</context>
<context>
    <name>Chunker</name>
    <message>
        <source>read failed: %1</source>
        <translation>读取失败：%1</translation>
    </message>
    <message>
        <source>%1: read failed: %2</source>
        <translation>%1：读取失败：%2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: lifeboat-cli COMMAND [OPTIONS]

Commands:
  plan check FILE [--json]   Validate a plan; list every problem with its JSON path.
  plan show FILE [--json]    Show the fleet, datasets, repositories and policies of a plan.

Options:
  -h, --help                 Show this help.
  -v, --version              Show the version.

Exit codes:
  0  success; for plan check: the plan is valid
  1  plan check: valid, with warnings
  2  the plan is invalid, or the command line is wrong
  3  the file could not be read (missing, a directory, unreadable, too large)
</source>
        <translation>用法：lifeboat-cli 命令 [选项]

命令：
  plan check 文件 [--json]   校验计划；列出每个问题及其 JSON 路径。
  plan show 文件 [--json]    显示计划中的机群、数据集、存储库和策略。

选项：
  -h, --help                 显示本帮助。
  -v, --version              显示版本。

退出码：
  0  成功；对 plan check 而言：计划有效
  1  plan check：计划有效，但有警告
  2  计划无效，或命令行有误
  3  无法读取文件（不存在、是目录、不可读或过大）
</translation>
    </message>
    <message>
        <source>lifeboat-cli: unknown plan command "%1"; use "plan check" or "plan show".</source>
        <translation>lifeboat-cli：未知的 plan 子命令“%1”；请使用“plan check”或“plan show”。</translation>
    </message>
    <message>
        <source>lifeboat-cli: unknown command "%1". Run "lifeboat-cli --help" for the list.</source>
        <translation>lifeboat-cli：未知命令“%1”。运行“lifeboat-cli --help”查看命令列表。</translation>
    </message>
    <message>
        <source>lifeboat-cli %1: unknown option "%2"</source>
        <translation>lifeboat-cli %1：未知选项“%2”</translation>
    </message>
    <message>
        <source>lifeboat-cli %1: only one plan file can be given (got "%2" and "%3")</source>
        <translation>lifeboat-cli %1：只能指定一个计划文件（收到了“%2”和“%3”）</translation>
    </message>
    <message>
        <source>lifeboat-cli %1: which plan? Usage: lifeboat-cli %1 FILE [--json]</source>
        <translation>lifeboat-cli %1：要处理哪个计划？用法：lifeboat-cli %1 文件 [--json]</translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <source>%1 value "%2" is outside %3-%4</source>
        <translation>%1的取值“%2”超出了 %3-%4 的范围</translation>
    </message>
    <message>
        <source>empty item in the %1 field</source>
        <translation>%1字段中有空项</translation>
    </message>
    <message>
        <source>bad step "%1" in the %2 field</source>
        <translation>%2字段中的步长“%1”无效</translation>
    </message>
    <message>
        <source>"%1" is not a valid %2</source>
        <translation>“%1”不是有效的%2</translation>
    </message>
    <message>
        <source>range %1-%2 in the %3 field runs backwards</source>
        <translation>%3字段中的范围 %1-%2 是倒序的</translation>
    </message>
    <message>
        <source>"%1" is not a known shorthand (use @hourly, @daily, @weekly, @monthly or @yearly)</source>
        <translation>“%1”不是已知的简写（可用 @hourly、@daily、@weekly、@monthly 或 @yearly）</translation>
    </message>
    <message>
        <source>"%1" has %2 fields; cron needs 5: minute hour day-of-month month day-of-week</source>
        <translation>“%1”有 %2 个字段；cron 需要 5 个：分 时 日 月 星期</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>"%1": %2</source>
        <translation>“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The plan "%1" has changes that are not saved.</source>
        <translation>计划“%1”有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Save them before going on? Discarded changes cannot be undone.</source>
        <translation>继续之前要保存吗？放弃的更改无法撤销。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Save over fields Lifeboat could not read?</source>
        <translation>要覆盖 Lifeboat 未能读取的字段吗？</translation>
    </message>
    <message>
        <source>Some fields of "%1" had a wrong type or form when it was opened (see Problems). Saving writes their default values in their place.</source>
        <translation>打开“%1”时，有些字段的类型或格式不正确（见“问题”面板）。保存会用默认值替换这些字段。</translation>
    </message>
    <message>
        <source>To keep the original file, use Save As and choose a new name.</source>
        <translation>若要保留原文件，请使用“另存为”并选择新的文件名。</translation>
    </message>
    <message>
        <source>Could not open the plan</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <source>The plan that was open stays open.</source>
        <translation>当前打开的计划保持不变。</translation>
    </message>
    <message>
        <source>Could not save the plan</source>
        <translation>无法保存计划</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <source>Lifeboat plans (*.lifeboat.json *.json);;All files (*)</source>
        <translation>Lifeboat 计划 (*.lifeboat.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>计划另存为</translation>
    </message>
    <message>
        <source>Lifeboat plans (*.lifeboat.json)</source>
        <translation>Lifeboat 计划 (*.lifeboat.json)</translation>
    </message>
    <message>
        <source>About Lifeboat</source>
        <translation>关于 Lifeboat</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lifeboat %1&lt;/h3&gt;&lt;p&gt;Backup planning console and engine for the data of AI data centres: training corpora, checkpoints and evaluation sets.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lifeboat %1&lt;/h3&gt;&lt;p&gt;面向 AI 数据中心数据（训练语料、检查点和评测集）的备份规划控制台与备份引擎。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DomainLevel</name>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>room</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>row</source>
        <translation>机柜列</translation>
    </message>
    <message>
        <source>pdu</source>
        <translation>配电单元</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>机架</translation>
    </message>
    <message>
        <source>chassis</source>
        <translation>机箱</translation>
    </message>
</context>
<context>
    <name>PlanCheckCommand</name>
    <message>
        <source>%1: invalid: %2 error(s), %3 warning(s), %4 note(s)</source>
        <translation>%1：无效：%2 个错误，%3 个警告，%4 条提示</translation>
    </message>
    <message>
        <source>%1: valid, with %2 warning(s) and %3 note(s)</source>
        <translation>%1：有效，但有 %2 个警告和 %3 条提示</translation>
    </message>
    <message>
        <source>%1: valid (%2 note(s))</source>
        <translation>%1：有效（%2 条提示）</translation>
    </message>
</context>
<context>
    <name>PlanIssue</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>PlanReader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: is a directory, not a plan file</source>
        <translation>%1：这是一个目录，不是计划文件</translation>
    </message>
    <message>
        <source>%1: is not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>%1: the file is %2, larger than the %3 a plan may be</source>
        <translation>%1：文件大小为 %2，超过了计划文件允许的上限 %3</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: read failed: %2</source>
        <translation>%1：读取失败：%2</translation>
    </message>
    <message>
        <source>%1: the file grew beyond %2 while it was read</source>
        <translation>%1：读取过程中文件增长到超过 %2</translation>
    </message>
    <message>
        <source>The file is empty: a plan is a JSON object with a "version" field.</source>
        <translation>文件为空：计划应是一个带有“version”字段的 JSON 对象。</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3.</source>
        <translation>第 %1 行第 %2 列不是有效的 JSON：%3。</translation>
    </message>
    <message>
        <source>The top level must be a JSON object, not an array.</source>
        <translation>顶层必须是 JSON 对象，而不是数组。</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null 值</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Unknown field "%1" is ignored (and dropped when the plan is saved).</source>
        <translation>未知字段“%1”已被忽略（保存计划时会被删除）。</translation>
    </message>
    <message>
        <source>Expected an object, found %1.</source>
        <translation>此处应为对象，实际为%1。</translation>
    </message>
    <message>
        <source>Expected an array, found %1.</source>
        <translation>此处应为数组，实际为%1。</translation>
    </message>
    <message>
        <source>Required field "%1" is missing.</source>
        <translation>缺少必填字段“%1”。</translation>
    </message>
    <message>
        <source>Expected a string, found %1.</source>
        <translation>此处应为字符串，实际为%1。</translation>
    </message>
    <message>
        <source>"%1" must not be empty.</source>
        <translation>“%1”不能为空。</translation>
    </message>
    <message>
        <source>Expected a whole number, found %1.</source>
        <translation>此处应为整数，实际为%1。</translation>
    </message>
    <message>
        <source>Expected a number, found %1.</source>
        <translation>此处应为数字，实际为%1。</translation>
    </message>
    <message>
        <source>A size cannot be negative (%1).</source>
        <translation>大小不能为负数（%1）。</translation>
    </message>
    <message>
        <source>A size of %1 bytes is beyond what Lifeboat can count.</source>
        <translation>%1 字节的大小超出了 Lifeboat 能表示的范围。</translation>
    </message>
    <message>
        <source>A size cannot be negative ("%1").</source>
        <translation>大小不能为负数（“%1”）。</translation>
    </message>
    <message>
        <source>"%1" is not a size: write a number of bytes or a value with a unit such as "420 TB" or "1.5 TiB".</source>
        <translation>“%1”不是有效的大小：请写字节数，或带单位的值，例如“420 TB”或“1.5 TiB”。</translation>
    </message>
    <message>
        <source>Expected a size (a number of bytes or a string such as "420 TB"), found %1.</source>
        <translation>此处应为大小（字节数或“420 TB”这样的字符串），实际为%1。</translation>
    </message>
    <message>
        <source>"%1" is not a duration: write it like "30m", "4h", "7d" or "2h30m".</source>
        <translation>“%1”不是有效的时长：请写成“30m”、“4h”、“7d”或“2h30m”的形式。</translation>
    </message>
    <message>
        <source>Expected a duration such as "4h" or a number of seconds, found %1.</source>
        <translation>此处应为“4h”这样的时长或秒数，实际为%1。</translation>
    </message>
    <message>
        <source>Expected a share such as "1.5%" or 0.015, found %1.</source>
        <translation>此处应为“1.5%”或 0.015 这样的比例，实际为%1。</translation>
    </message>
    <message>
        <source>Expected a throughput such as "2 GB/s" or a number of bytes per second, found %1.</source>
        <translation>此处应为“2 GB/s”这样的吞吐量或每秒字节数，实际为%1。</translation>
    </message>
    <message>
        <source>Required field "version" is missing; this Lifeboat writes version %1.</source>
        <translation>缺少必填字段“version”；当前 Lifeboat 写入的是第 %1 版。</translation>
    </message>
    <message>
        <source>"version" must be a whole number from 1, found %1.</source>
        <translation>“version”必须是从 1 开始的整数，实际为%1。</translation>
    </message>
    <message>
        <source>This plan has format version %1, newer than the version %2 this Lifeboat understands: open it with a newer Lifeboat.</source>
        <translation>此计划的格式版本为 %1，高于当前 Lifeboat 支持的版本 %2：请用更新版本的 Lifeboat 打开。</translation>
    </message>
    <message>
        <source>Unknown layout "%1": use "replicated" (every location holds a full copy) or "sharded" (each holds a part).</source>
        <translation>未知的布局“%1”：请使用“replicated”（每个位置保存完整副本）或“sharded”（每个位置保存一部分）。</translation>
    </message>
    <message>
        <source>Required field "schedule" is missing.</source>
        <translation>缺少必填字段“schedule”。</translation>
    </message>
    <message>
        <source>Expected a repository name, found %1.</source>
        <translation>此处应为存储库名称，实际为%1。</translation>
    </message>
    <message>
        <source>Required field "retention" is missing: say how many snapshots to keep.</source>
        <translation>缺少必填字段“retention”：请说明要保留多少个快照。</translation>
    </message>
</context>
<context>
    <name>PlanShowCommand</name>
    <message>
        <source>%1: the plan has %2 error(s); run "lifeboat-cli plan check" for every problem.</source>
        <translation>%1：计划中有 %2 个错误；运行“lifeboat-cli plan check”查看所有问题。</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <source>Fleet: %1 failure domains, %2 nodes</source>
        <translation>机群：%1 个故障域，%2 个节点</translation>
    </message>
    <message>
        <source>%1 node(s)</source>
        <translation>%1 个节点</translation>
    </message>
    <message>
        <source>Datasets: %1, %2 in all</source>
        <translation>数据集：%1 个，共 %2</translation>
    </message>
    <message>
        <source>Repositories: %1</source>
        <translation>存储库：%1 个</translation>
    </message>
    <message>
        <source>Policies: %1</source>
        <translation>策略：%1 条</translation>
    </message>
    <message>
        <source>next run %1</source>
        <translation>下次运行 %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>%1 warning(s): run "lifeboat-cli plan check %2" to see them.</source>
        <translation>%1 个警告：运行“lifeboat-cli plan check %2”查看。</translation>
    </message>
    <message>
        <source>  %1  [%2]  %3  RPO %4  RTO %5  %6: %7</source>
        <translation>  %1  [%2]  %3  RPO %4  RTO %5  %6：%7</translation>
    </message>
    <message>
        <source>sharded</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>replicated</source>
        <translation>多副本</translation>
    </message>
    <message>
        <source>  %1  %2 -&gt; %3  "%4" %5  </source>
        <translation>  %1  %2 -&gt; %3  “%4” %5  </translation>
    </message>
</context>
<context>
    <name>PlanValidator</name>
    <message>
        <source>Failure domain %1 has level "%2", which Lifeboat does not know (known: %3); outage rates are looked up by level.</source>
        <translation>故障域 %1 的层级为“%2”，Lifeboat 不认识该层级（已知层级：%3）；故障率是按层级查找的。</translation>
    </message>
    <message>
        <source>Failure domain %1 names parent %2, which is not a failure domain of this plan.</source>
        <translation>故障域 %1 的上级是 %2，但它不是本计划中的故障域。</translation>
    </message>
    <message>
        <source>Failure domain %1 is its own parent.</source>
        <translation>故障域 %1 的上级是它自己。</translation>
    </message>
    <message>
        <source>Failure domains form a cycle: %1. A domain cannot be inside itself.</source>
        <translation>故障域形成了循环：%1。故障域不能包含它自己。</translation>
    </message>
    <message>
        <source>The fleet has no nodes: nothing can be backed up.</source>
        <translation>机群中没有节点：没有任何东西可以备份。</translation>
    </message>
    <message>
        <source>Node %1 is in no failure domain, so Lifeboat cannot tell which copies fail together.</source>
        <translation>节点 %1 不属于任何故障域，因此 Lifeboat 无法判断哪些副本会同时失效。</translation>
    </message>
    <message>
        <source>Node %1 is placed in %2, which is not a failure domain of this plan.</source>
        <translation>节点 %1 位于 %2，但它不是本计划中的故障域。</translation>
    </message>
    <message>
        <source>Node %1 has SSH port %2; a port is between 1 and 65535.</source>
        <translation>节点 %1 的 SSH 端口为 %2；端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Node %1 has neither an address nor an SSH alias, so it cannot be reached.</source>
        <translation>节点 %1 既没有地址也没有 SSH 别名，因此无法连接。</translation>
    </message>
    <message>
        <source>Node %1 has a capacity of %2, which is not plausible for one node.</source>
        <translation>节点 %1 的容量为 %2，对单个节点来说不合理。</translation>
    </message>
    <message>
        <source>No annual failure rate is given for role "%1"; the default of %2 is assumed.</source>
        <translation>未给出角色“%1”的年故障率；将采用默认值 %2。</translation>
    </message>
    <message>
        <source>%1 of %2 is %3, which is not plausible.</source>
        <translation>%2 的%1为 %3，不合理。</translation>
    </message>
    <message>
        <source>Dataset %1 has tier "%2"; known tiers are %3, and restore order follows them.</source>
        <translation>数据集 %1 的等级为“%2”；已知等级为 %3，恢复顺序依据等级确定。</translation>
    </message>
    <message>
        <source>Dataset %1 has no location: say on which node and path it lives.</source>
        <translation>数据集 %1 没有位置：请说明它位于哪个节点的哪个路径。</translation>
    </message>
    <message>
        <source>Dataset %1 lives on node %2, which is not a node of this plan.</source>
        <translation>数据集 %1 位于节点 %2，但它不是本计划中的节点。</translation>
    </message>
    <message>
        <source>Dataset %1 has path "%2"; paths must be absolute.</source>
        <translation>数据集 %1 的路径为“%2”；路径必须是绝对路径。</translation>
    </message>
    <message>
        <source>Dataset %1 lists %2:%3 twice.</source>
        <translation>数据集 %1 两次列出了 %2:%3。</translation>
    </message>
    <message>
        <source>Dataset %1 has no size, so no restore time or capacity can be estimated for it.</source>
        <translation>数据集 %1 没有大小，因此无法估算它的恢复时间和所需容量。</translation>
    </message>
    <message>
        <source>The size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>The monthly growth</source>
        <translation>月增长量</translation>
    </message>
    <message>
        <source>Dataset %1 changes %2 of itself per day; more than 100% cannot be rewritten in a day.</source>
        <translation>数据集 %1 每天变化其自身的 %2；一天内不可能改写超过 100%。</translation>
    </message>
    <message>
        <source>Dataset %1 has no RPO target: how much recent data may be lost?</source>
        <translation>数据集 %1 没有 RPO 目标：最多可以丢失多少最近的数据？</translation>
    </message>
    <message>
        <source>Dataset %1 has no RTO target: how long may a restore take?</source>
        <translation>数据集 %1 没有 RTO 目标：恢复最多可以花多长时间？</translation>
    </message>
    <message>
        <source>Restoring dataset %1 (%2) at the assumed %3 takes at least %4, longer than its RTO of %5.</source>
        <translation>按假设的 %3 恢复数据集 %1（%2）至少需要 %4，超过了它的 RTO（%5）。</translation>
    </message>
    <message>
        <source>Repository %1 is on node %2, which is not a node of this plan.</source>
        <translation>存储库 %1 位于节点 %2，但它不是本计划中的节点。</translation>
    </message>
    <message>
        <source>Repository %1 has path "%2"; paths must be absolute.</source>
        <translation>存储库 %1 的路径为“%2”；路径必须是绝对路径。</translation>
    </message>
    <message>
        <source>The capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Policy %1 backs up dataset %2, which is not a dataset of this plan.</source>
        <translation>策略 %1 备份数据集 %2，但它不是本计划中的数据集。</translation>
    </message>
    <message>
        <source>Policy %1 uses time zone "%2", which is not an IANA time zone such as "Europe/Berlin".</source>
        <translation>策略 %1 使用的时区“%2”不是 IANA 时区（例如“Europe/Berlin”）。</translation>
    </message>
    <message>
        <source>Policy %1 has a bad schedule: %2.</source>
        <translation>策略 %1 的调度有误：%2。</translation>
    </message>
    <message>
        <source>Policy %1's schedule "%2" never runs.</source>
        <translation>策略 %1 的调度“%2”永远不会运行。</translation>
    </message>
    <message>
        <source>Dataset %1 has an RPO of %2, but policy %3 can leave %4 between two backups ("%5"), before counting how long a backup takes.</source>
        <translation>数据集 %1 的 RPO 为 %2，但策略 %3 两次备份之间最长可间隔 %4（“%5”），这还没有算上备份本身所需的时间。</translation>
    </message>
    <message>
        <source>Policy %1's window starts at "%2"; write the time as HH:MM, e.g. "22:00".</source>
        <translation>策略 %1 的时间窗口开始于“%2”；请按 HH:MM 格式书写，例如“22:00”。</translation>
    </message>
    <message>
        <source>Policy %1's window lasts %2; a window lasts more than nothing and at most 24h.</source>
        <translation>策略 %1 的时间窗口时长为 %2；时间窗口必须大于零且不超过 24 小时。</translation>
    </message>
    <message>
        <source>Policy %1 names no repository to back up into.</source>
        <translation>策略 %1 没有指定备份到哪个存储库。</translation>
    </message>
    <message>
        <source>Policy %1 backs up into repository %2, which is not a repository of this plan.</source>
        <translation>策略 %1 备份到存储库 %2，但它不是本计划中的存储库。</translation>
    </message>
    <message>
        <source>Policy %1 lists repository %2 twice; it counts as one copy.</source>
        <translation>策略 %1 两次列出了存储库 %2；它只算作一个副本。</translation>
    </message>
    <message>
        <source>Policy %1 has %2 = %3; a count of snapshots cannot be negative.</source>
        <translation>策略 %1 中 %2 = %3；快照数量不能为负数。</translation>
    </message>
    <message>
        <source>Policy %1's retention keeps no snapshot at all: every backup would be deleted.</source>
        <translation>策略 %1 的保留规则一个快照也不保留：所有备份都会被删除。</translation>
    </message>
    <message>
        <source>Policy %1 has a bad verification schedule: %2.</source>
        <translation>策略 %1 的校验调度有误：%2。</translation>
    </message>
    <message>
        <source>Policy %1 re-reads %2 of the data per verification; at most 100% can be read.</source>
        <translation>策略 %1 每次校验重读 %2 的数据；最多只能读取 100%。</translation>
    </message>
    <message>
        <source>Dataset %1 has no backup policy: its only copies are the live ones.</source>
        <translation>数据集 %1 没有备份策略：它仅有的副本都是在线副本。</translation>
    </message>
    <message>
        <source>Repository %1 is not used by any policy.</source>
        <translation>存储库 %1 没有被任何策略使用。</translation>
    </message>
    <message>
        <source>Role "%1" is assumed to fail at %2 a year; more than 100% is unusual, check the figure.</source>
        <translation>假设角色“%1”的年故障率为 %2；超过 100% 并不常见，请核对该数值。</translation>
    </message>
    <message>
        <source>Outages per year of level "%1" cannot be negative.</source>
        <translation>层级“%1”的每年故障次数不能为负数。</translation>
    </message>
    <message>
        <source>An outage rate is given for level "%1", but no failure domain of this plan has that level.</source>
        <translation>给出了层级“%1”的故障率，但本计划中没有该层级的故障域。</translation>
    </message>
    <message>
        <source>%1 must be greater than 0 (1 means no saving).</source>
        <translation>%1 必须大于 0（1 表示没有节省）。</translation>
    </message>
    <message>
        <source>%1 of %2 means the data grows when stored; check the figure (1 means no saving).</source>
        <translation>%1 为 %2 意味着数据存储后反而变大；请核对该数值（1 表示没有节省）。</translation>
    </message>
    <message>
        <source>The default annual failure rate of %1 is above 100%; check the figure.</source>
        <translation>默认年故障率 %1 超过了 100%；请核对该数值。</translation>
    </message>
    <message>
        <source>Repository %1 holds backups of dataset %2 on node %3, the node the data lives on: losing the node loses both.</source>
        <translation>存储库 %1 把数据集 %2 的备份放在节点 %3 上，而数据本身也在这个节点上：失去该节点会同时失去两者。</translation>
    </message>
    <message>
        <source>All %1 copies of %2 are on node %3: losing that node loses the dataset.</source>
        <translation>%2 的全部 %1 个副本都在节点 %3 上：失去该节点就会失去这个数据集。</translation>
    </message>
    <message>
        <source>Both copies of %1 are in %2 %3: an outage of that %2 loses the dataset.</source>
        <translation>%1 的两个副本都在%2 %3 中：该%2一旦故障就会失去这个数据集。</translation>
    </message>
    <message>
        <source>All %1 copies of %2 are in %3 %4: an outage of that %3 loses the dataset.</source>
        <translation>%2 的全部 %1 个副本都在%3 %4 中：该%3一旦故障就会失去这个数据集。</translation>
    </message>
    <message>
        <source>Node %1 holds %2 of datasets but has a capacity of %3.</source>
        <translation>节点 %1 上存放了 %2 的数据集，但其容量只有 %3。</translation>
    </message>
    <message>
        <source>Two failure domains have the id %1 (the first at %2): ids must be unique.</source>
        <translation>有两个故障域的 ID 都是 %1（第一个位于 %2）：ID 必须唯一。</translation>
    </message>
    <message>
        <source>Two nodes are named %1 (the first at %2): names must be unique.</source>
        <translation>有两个节点都名为 %1（第一个位于 %2）：名称必须唯一。</translation>
    </message>
    <message>
        <source>Two datasets are named %1 (the first at %2): names must be unique.</source>
        <translation>有两个数据集都名为 %1（第一个位于 %2）：名称必须唯一。</translation>
    </message>
    <message>
        <source>Two repositories are named %1 (the first at %2): names must be unique.</source>
        <translation>有两个存储库都名为 %1（第一个位于 %2）：名称必须唯一。</translation>
    </message>
    <message>
        <source>Two policies are named %1 (the first at %2): names must be unique.</source>
        <translation>有两条策略都名为 %1（第一条位于 %2）：名称必须唯一。</translation>
    </message>
</context>
<context>
    <name>PlanWriter</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: writing failed, the previous file is unchanged: %2</source>
        <translation>%1：写入失败，原文件保持不变：%2</translation>
    </message>
    <message>
        <source>%1: saving failed, the previous file is unchanged: %2</source>
        <translation>%1：保存失败，原文件保持不变：%2</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>could not create %1</source>
        <translation>无法创建 %1</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::FleetTreeModel</name>
    <message>
        <source>SSH alias: %1</source>
        <translation>SSH 别名：%1</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::FleetView</name>
    <message>
        <source>Filter by name, role, address, user or disk (Ctrl+F)</source>
        <translation>按名称、角色、地址、用户或磁盘筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1 failure domains, %2 nodes</source>
        <translation>%1 个故障域，%2 个节点</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::IssueListModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>在文件中的位置</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::MainWindow</name>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>机群</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Not built yet: the failure-domain map with each dataset's copies. The Fleet view lists the same domains and nodes.</source>
        <translation>尚未实现：显示各数据集副本位置的故障域图。“机群”视图列出了相同的故障域和节点。</translation>
    </message>
    <message>
        <source>Not built yet: the timeline of backup windows. Each policy's schedule is listed in the Plan view.</source>
        <translation>尚未实现：备份时间窗口的时间线。每条策略的调度列在“计划”视图中。</translation>
    </message>
    <message>
        <source>Not built yet: loss probabilities and RPO/RTO need the reliability models, which are not written yet.</source>
        <translation>尚未实现：丢失概率和 RPO/RTO 需要可靠性模型，而这些模型尚未编写。</translation>
    </message>
    <message>
        <source>Not built yet: capacity projections need the capacity model, which is not written yet.</source>
        <translation>尚未实现：容量预测需要容量模型，而该模型尚未编写。</translation>
    </message>
    <message>
        <source>Not built yet: browsing snapshots needs the backup engine, which does not exist yet.</source>
        <translation>尚未实现：浏览快照需要备份引擎，而备份引擎尚不存在。</translation>
    </message>
    <message>
        <source>Not built yet: no operation can run from the console yet, so there is no activity to show.</source>
        <translation>尚未实现：目前还不能从控制台执行任何操作，因此没有活动可显示。</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>新建计划(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in Fleet</source>
        <translation>在机群中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lifeboat</source>
        <translation>关于 Lifeboat(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%1[*] — Lifeboat</source>
        <translation>%1[*] — Lifeboat</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Opened %1 — it has %2 error(s), listed under Problems.</source>
        <translation>已打开 %1 —— 其中有 %2 个错误，列在“问题”面板中。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>没有最近打开的计划</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::PlanDocument</name>
    <message>
        <source>Change %1 of node %2</source>
        <translation>修改节点 %2 的 %1</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新计划</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>SSH alias</source>
        <translation>SSH 别名</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::PlanTableModel</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Growth / month</source>
        <translation>月增长</translation>
    </message>
    <message>
        <source>Change / day</source>
        <translation>日变化</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>sharded</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>replicated</source>
        <translation>多副本</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最近 %1 个</translation>
    </message>
    <message>
        <source>hourly %1</source>
        <translation>每小时 %1 个</translation>
    </message>
    <message>
        <source>daily %1</source>
        <translation>每天 %1 个</translation>
    </message>
    <message>
        <source>weekly %1</source>
        <translation>每周 %1 个</translation>
    </message>
    <message>
        <source>monthly %1</source>
        <translation>每月 %1 个</translation>
    </message>
    <message>
        <source>yearly %1</source>
        <translation>每年 %1 个</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>%1 内全部</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::PlanView</name>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ProblemsPanel</name>
    <message>
        <source>No problems found in this plan.</source>
        <translation>此计划中没有发现问题。</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s). Select one to go to what it is about.</source>
        <translation>%1 个错误，%2 个警告，%3 条提示。选中一项即可跳转到相关对象。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lifeboat console: plan, watch and restore the backups of AI datasets.</source>
        <translation>Lifeboat 控制台：规划、监控并恢复 AI 数据集的备份。</translation>
    </message>
    <message>
        <source>Plan file to open (*.lifeboat.json).</source>
        <translation>要打开的计划文件 (*.lifeboat.json)。</translation>
    </message>
    <message>
        <source>Render every view and dialog to PNG files in &lt;directory&gt;, then quit.</source>
        <translation>把每个视图和对话框渲染为 &lt;directory&gt; 中的 PNG 文件，然后退出。</translation>
    </message>
    <message>
        <source>lifeboat: screenshots failed: %1</source>
        <translation>lifeboat：截图失败：%1</translation>
    </message>
    <message>
        <source>lifeboat: wrote %1 screenshots to %2</source>
        <translation>lifeboat：已将 %1 张截图写入 %2</translation>
    </message>
</context>
</TS>
