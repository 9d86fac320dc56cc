<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityLog</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>The activity log %1 cannot be written: %2</source>
        <translation>无法写入活动记录 %1：%2</translation>
    </message>
    <message>
        <source>The activity log %1 cannot be read: %2</source>
        <translation>无法读取活动记录 %1：%2</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>发起人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <source>Finished (UTC)</source>
        <translation>结束时间（UTC）</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>恢复点</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>世代</translation>
    </message>
    <message>
        <source>Restored although verification failed</source>
        <translation>未通过校验仍恢复</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>When a file differs</source>
        <translation>文件不同时</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>等效命令</translation>
    </message>
    <message>
        <source>Engine ran on</source>
        <translation>引擎运行位置</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 秒</translation>
    </message>
</context>
<context>
    <name>Aead</name>
    <message>
        <source>An encrypted object is shorter than its nonce and tag (%1 bytes).</source>
        <translation>加密对象比其随机数和认证标签还短（%1 字节）。</translation>
    </message>
    <message>
        <source>An encrypted object could not be decrypted.</source>
        <translation>无法解密一个加密对象。</translation>
    </message>
    <message>
        <source>An encrypted object failed its authentication check: it was damaged or altered, or the key is wrong.</source>
        <translation>一个加密对象未通过认证检查：它已损坏或被篡改，或者密钥不对。</translation>
    </message>
</context>
<context>
    <name>AlertBook</name>
    <message>
        <source>The alert history %1 cannot be read: %2</source>
        <translation>无法读取告警历史 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the alert history %1 could not be read.</source>
        <translation>
            <numerusform>告警历史 %1 中有 %n 行无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>The alert history %1 cannot be written: %2</source>
        <translation>无法写入告警历史 %1：%2</translation>
    </message>
    <message>
        <source>There is no alert %1.</source>
        <translation>没有告警 %1。</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>, scheduler %1</source>
        <translation>, 调度器 %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n job(s) unchanged)</source>
        <translation>
            <numerusform>（%n 个作业未变）</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>If that key is the node's, run again with --accept-host-key %1</source>
        <translation>如果那是该节点的密钥，请加上 --accept-host-key %1 再运行一次</translation>
    </message>
    <message>
        <source>up to date.</source>
        <translation>已是最新。</translation>
    </message>
    <message>
        <source>would change (dry run: nothing was changed).</source>
        <translation>将会改变（演练：未做任何更改）。</translation>
    </message>
    <message>
        <source>applied.</source>
        <translation>已应用。</translation>
    </message>
    <message>
        <source>  apply PLAN [--dry-run] [--node NAME]... [--scheduler NAME] [--json] [fleet options]
                             Install the plan's backups, copies, verifications and retention on its nodes
                             (systemd timers or cron); shows each node's difference first. --dry-run exits 1
                             when something would change; a node that failed makes it exit 4.
</source>
        <translation>  apply PLAN [--dry-run] [--node NAME]... [--scheduler NAME] [--json] [fleet options]
                             把计划的备份、复制、校验和保留策略安装到各节点
                             （systemd 定时器或 cron）；先显示每个节点的差异。--dry-run 在有变化时
                             以 1 退出；有节点失败时以 4 退出。
</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>计划文件。</translation>
    </message>
    <message>
        <source>Only show what would change on each node.</source>
        <translation>只显示每个节点上将会改变的内容。</translation>
    </message>
    <message>
        <source>Only this node (repeatable).</source>
        <translation>只处理此节点（可重复）。</translation>
    </message>
    <message>
        <source>Install into this scheduler on every node (systemd-system, systemd-user, crontab, cron-file:DIR).</source>
        <translation>在每个节点上安装到此调度器（systemd-system、systemd-user、crontab、cron-file:目录）。</translation>
    </message>
    <message>
        <source>One JSON line per node, then a summary line.</source>
        <translation>每个节点一行 JSON，最后一行汇总。</translation>
    </message>
    <message>
        <source>give exactly one plan file.</source>
        <translation>请只指定一个计划文件。</translation>
    </message>
    <message>
        <source>lifeboat-cli apply: the plan has no node "%1".</source>
        <translation>lifeboat-cli apply：计划中没有节点“%1”。</translation>
    </message>
    <message>
        <source>%1 of %2 node(s) would change; %3 could not be asked.</source>
        <translation>%2 个节点中有 %1 个将会改变；%3 个无法询问。</translation>
    </message>
    <message>
        <source>%1 node(s): %2 changed, %3 already up to date, %4 failed.</source>
        <translation>%1 个节点：%2 个已更改，%3 个原已是最新，%4 个失败。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 is a device, socket or FIFO: not backed up.</source>
        <translation>%1 是设备、套接字或 FIFO：未备份。</translation>
    </message>
    <message>
        <source>%1 changed into something other than a file during the backup: not backed up.</source>
        <translation>%1 在备份期间变成了普通文件以外的东西：未备份。</translation>
    </message>
    <message>
        <source>Name at least one path to back up.</source>
        <translation>请至少指定一个要备份的路径。</translation>
    </message>
    <message>
        <source>The parent snapshot %1 could not be read (%2): every file is read again.</source>
        <translation>无法读取父快照 %1（%2）：所有文件都将重新读取。</translation>
    </message>
    <message>
        <source>Two of the paths end in the same name "%1"; back them up into separate snapshots.</source>
        <translation>有两个路径以相同的名称“%1”结尾；请把它们备份到不同的快照中。</translation>
    </message>
    <message>
        <source>The backup was cancelled during the scan; nothing was written.</source>
        <translation>备份在扫描阶段被取消；没有写入任何内容。</translation>
    </message>
    <message>
        <source>The backup failed and no snapshot was written: %1</source>
        <translation>备份失败，未写入快照：%1</translation>
    </message>
    <message>
        <source>The backup was cancelled; no snapshot was written. What was stored is kept and indexed, so the next backup does not read it again.</source>
        <translation>备份已取消，未写入快照。已存储的数据被保留并已建立索引，下次备份不会再次读取它们。</translation>
    </message>
    <message>
        <source>The data was stored, but writing the snapshot failed: %1</source>
        <translation>数据已存储，但写入快照失败：%1</translation>
    </message>
</context>
<context>
    <name>Browse</name>
    <message>
        <source>The snapshot nests directories deeper than %1 levels.</source>
        <translation>快照中的目录嵌套超过 %1 层。</translation>
    </message>
</context>
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
    <message>
        <source>Usage: lifeboat-cli COMMAND [OPTIONS]

Commands:
  plan check FILE [--json]   Validate a plan; list every problem with its JSON path.
  plan show FILE [--json]    Show the fleet, datasets, repositories and policies of a plan.
</source>
        <translation>用法：lifeboat-cli 命令 [选项]

命令：
  plan check FILE [--json]   校验计划；列出每个问题及其 JSON 路径。
  plan show FILE [--json]    显示计划中的机群、数据集、仓库和策略。
</translation>
    </message>
    <message>
        <source>  serve [--heartbeat-seconds 5] [--peer-timeout-seconds 15]
                             The engine protocol on stdin/stdout, for the console (docs/protocol.md).
</source>
        <translation>  serve [--heartbeat-seconds 5] [--peer-timeout-seconds 15]
                             在标准输入/输出上提供引擎协议，供控制台使用（docs/protocol.md）。
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help                 Show this help.
  -v, --version              Show the version.

Exit codes:
  0  success; for plan check: the plan is valid
  1  plan check: valid, with warnings; fleet status: some nodes did not answer
  2  the plan is invalid, or the command line is wrong
  3  the file could not be read (missing, a directory, unreadable, too large)
  4  repo: the operation failed; nothing was committed
  5  repo: wrong passphrase
  6  repo verify: damage found; repo restore: some entries were not restored
  7  repo: locked by another operation, or the operation could not keep its lock
  130  repo: interrupted; the repository is still valid
  repo backup exits 1 when some files could not be read (the snapshot lacks them).
</source>
        <translation>
选项：
  -h, --help                 显示本帮助。
  -v, --version              显示版本。

退出码：
  0  成功；对 plan check：计划有效
  1  plan check：有效，但有警告；fleet status：部分节点没有应答
  2  计划无效，或命令行有误
  3  无法读取文件（不存在、是目录、不可读、过大）
  4  repo：操作失败；未提交任何内容
  5  repo：口令错误
  6  repo verify：发现损坏；repo restore：部分条目未能恢复
  7  repo：被另一个操作锁定，或操作无法继续持有它的锁
  130  repo：被中断；仓库仍然有效
  repo backup 在部分文件无法读取时以 1 退出（快照中缺少这些文件）。
</translation>
    </message>
</context>
<context>
    <name>CopiesCurve</name>
    <message>
        <source>independent failures, exponential repair (CTMC), live copies only</source>
        <translation>独立故障、指数修复（CTMC），仅计在线副本</translation>
    </message>
    <message>
        <source>No dataset number %1.</source>
        <translation>没有编号为 %1 的数据集。</translation>
    </message>
    <message>
        <source>Dataset %1 has no live copy to vary.</source>
        <translation>数据集 %1 没有可变动的在线副本。</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <source>The copy was cancelled; what was sent is kept, and running it again sends only the rest.</source>
        <translation>复制已取消；已发送的内容会保留，再次运行只发送其余部分。</translation>
    </message>
    <message>
        <source>Directories nest deeper than %1 levels.</source>
        <translation>目录嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>Snapshot %1: %2</source>
        <translation>快照 %1：%2</translation>
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
    <name>DatasetChain</name>
    <message>
        <source>node failures</source>
        <translation>节点故障</translation>
    </message>
    <message numerus="yes">
        <source>burst of %n node failures</source>
        <translation>
            <numerusform>%n 个节点同时故障的突发事件</numerusform>
        </translation>
    </message>
    <message>
        <source>outage of %1 %2</source>
        <translation>%1 %2 停运</translation>
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
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;CSV table (*.csv)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>HTML page (*.html);;PDF document (*.pdf)</source>
        <translation>HTML 网页 (*.html);;PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DomainFailure</name>
    <message>
        <source>The plan has no failure domain %1.</source>
        <translation>计划中没有故障域 %1。</translation>
    </message>
    <message>
        <source>Every node at or below %1 is down at once and stays down; nothing else fails meanwhile.</source>
        <translation>%1 及其下的所有节点同时停机且一直不恢复；其间没有其他故障。</translation>
    </message>
    <message>
        <source>Restores run one at a time at the plan's restore bandwidth, in tier order, each from the surviving repository with the freshest restore point (its schedule's longest gap plus one backup).</source>
        <translation>恢复按级别顺序逐个进行，使用计划的恢复带宽，每个都从恢复点最新的幸存仓库恢复（即其计划的最长间隔加一次备份）。</translation>
    </message>
    <message>
        <source>"While down" is the plan's own model re-run on the fleet without those nodes, their repositories and copies.</source>
        <translation>“停机期间”的数值是在去掉这些节点及其仓库和副本后，用计划自身的模型重新计算的结果。</translation>
    </message>
    <message>
        <source>The fleet without %1 could not be modelled, so no figures while it is down.</source>
        <translation>无法为去掉 %1 后的集群建模，因此没有停机期间的数值。</translation>
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
    <name>Drill</name>
    <message>
        <source>The files of snapshot %1 cannot be listed: %2</source>
        <translation>无法列出快照 %1 的文件：%2</translation>
    </message>
    <message>
        <source>The drill folder %1 could not be removed completely; remove it by hand.</source>
        <translation>演练文件夹 %1 未能完全删除；请手动删除。</translation>
    </message>
    <message>
        <source>There is no snapshot to drill.</source>
        <translation>没有可供演练的快照。</translation>
    </message>
    <message>
        <source>A drill's sample is more than 0% and at most 100% of the snapshot.</source>
        <translation>演练的抽样比例须大于 0% 且不超过快照的 100%。</translation>
    </message>
    <message>
        <source>The scratch directory %1 cannot be created.</source>
        <translation>无法创建临时目录 %1。</translation>
    </message>
    <message>
        <source>The drill folder %1 cannot be created (it may exist already).</source>
        <translation>无法创建演练文件夹 %1（它可能已经存在）。</translation>
    </message>
    <message>
        <source>The drill folder %1 cannot be created.</source>
        <translation>无法创建演练文件夹 %1。</translation>
    </message>
    <message>
        <source>The drill's restore of snapshot %1 failed: %2</source>
        <translation>演练恢复快照 %1 失败：%2</translation>
    </message>
    <message>
        <source>The drill's check of snapshot %1 failed: %2</source>
        <translation>演练校验快照 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 files of snapshot %2 differ after the restore</source>
        <translation>快照 %2 有 %1 个文件在恢复后不一致</translation>
    </message>
</context>
<context>
    <name>EngineInstaller</name>
    <message>
        <source>The engine build %1 cannot be read: %2</source>
        <translation>无法读取引擎构建 %1：%2</translation>
    </message>
    <message>
        <source>"%1" is not a directory the engine can be installed to.</source>
        <translation>"%1" 不是可以安装引擎的目录。</translation>
    </message>
    <message>
        <source>%1 offers no SFTP: %2</source>
        <translation>%1 不提供 SFTP：%2</translation>
    </message>
    <message>
        <source>%1: cannot create %2: %3</source>
        <translation>%1：无法创建 %2：%3</translation>
    </message>
    <message>
        <source>%1: cannot read back %2</source>
        <translation>%1：无法读回 %2</translation>
    </message>
    <message>
        <source>%1: the uploaded engine differs from the build (SHA-256 %2, expected %3); nothing was replaced.</source>
        <translation>%1：上传的引擎与构建不一致（SHA-256 为 %2，应为 %3）；未替换任何内容。</translation>
    </message>
    <message>
        <source>%1: writing %2 failed: %3</source>
        <translation>%1：写入 %2 失败：%3</translation>
    </message>
    <message>
        <source>%1: reading back %2 failed: %3</source>
        <translation>%1：读回 %2 失败：%3</translation>
    </message>
    <message>
        <source>%1: %2 holds %3 bytes after the upload, not %4.</source>
        <translation>%1：上传后 %2 有 %3 字节，而不是 %4 字节。</translation>
    </message>
    <message>
        <source>%1: cannot set the mode of %2: %3</source>
        <translation>%1：无法设置 %2 的权限：%3</translation>
    </message>
    <message>
        <source>%1: cannot create the link %2: %3</source>
        <translation>%1：无法创建链接 %2：%3</translation>
    </message>
    <message>
        <source>%1: cannot put %2 in place: %3</source>
        <translation>%1：无法将 %2 放到位：%3</translation>
    </message>
    <message>
        <source>The engine bundle's folder name "%1" is not a plain name.</source>
        <translation>引擎包的文件夹名“%1”不是一个普通名称。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 differs from the bundle after the upload (SHA-256 %3, expected %4); nothing was replaced.</source>
        <translation>%1：%2 上传后与引擎包不一致（SHA-256 %3，应为 %4）；没有替换任何内容。</translation>
    </message>
    <message>
        <source>%1 is not an engine bundle: it has no SHA256SUMS (%2).</source>
        <translation>%1 不是引擎包：其中没有 SHA256SUMS（%2）。</translation>
    </message>
    <message>
        <source>The bundle's SHA256SUMS has a line that is not "HASH  PATH" inside the bundle: %1</source>
        <translation>引擎包的 SHA256SUMS 中有一行不是包内的“哈希  路径”：%1</translation>
    </message>
    <message>
        <source>The bundle lacks %1, which its SHA256SUMS lists.</source>
        <translation>引擎包缺少其 SHA256SUMS 列出的 %1。</translation>
    </message>
    <message>
        <source>The bundle's %1 does not match its SHA256SUMS: the bundle is damaged; nothing was installed.</source>
        <translation>引擎包中的 %1 与其 SHA256SUMS 不符：引擎包已损坏；没有安装任何内容。</translation>
    </message>
    <message>
        <source>%1 is not an engine bundle: its SHA256SUMS does not list lifeboat-cli.</source>
        <translation>%1 不是引擎包：其 SHA256SUMS 未列出 lifeboat-cli。</translation>
    </message>
</context>
<context>
    <name>EngineServer</name>
    <message>
        <source>A request line was longer than %1 bytes and was skipped.</source>
        <translation>一行请求超过 %1 字节，已跳过。</translation>
    </message>
    <message>
        <source>Not started: the console closed the session.</source>
        <translation>未开始：控制台已关闭会话。</translation>
    </message>
    <message>
        <source>Not JSON: %1 at byte %2.</source>
        <translation>不是 JSON：第 %2 字节处 %1。</translation>
    </message>
    <message>
        <source>A request must be a JSON object.</source>
        <translation>请求必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The request has no "op".</source>
        <translation>请求中没有 "op"。</translation>
    </message>
    <message>
        <source>"op" must be a string.</source>
        <translation>"op" 必须是字符串。</translation>
    </message>
    <message>
        <source>The request has no "id".</source>
        <translation>请求中没有 "id"。</translation>
    </message>
    <message>
        <source>"id" must be a string or a number.</source>
        <translation>"id" 必须是字符串或数字。</translation>
    </message>
    <message>
        <source>"params" must be an object.</source>
        <translation>"params" 必须是对象。</translation>
    </message>
    <message>
        <source>Unknown op "%1". The hello line lists the ops.</source>
        <translation>未知操作 "%1"。hello 行列出了所有操作。</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>在开始前已取消。</translation>
    </message>
    <message>
        <source>%1 ended with exit code %2.</source>
        <translation>%1 以退出码 %2 结束。</translation>
    </message>
</context>
<context>
    <name>EngineSession</name>
    <message>
        <source>%1 did not start the engine: %2</source>
        <translation>%1 未能启动引擎：%2</translation>
    </message>
    <message>
        <source>%1: the engine's first line is not a hello; is it a Lifeboat engine?</source>
        <translation>%1：引擎的第一行不是 hello；它是 Lifeboat 引擎吗？</translation>
    </message>
    <message>
        <source>%1 runs engine %2, which speaks protocol %3; this console speaks protocol %4. Install the matching engine on the node.</source>
        <translation>%1 运行的引擎 %2 使用协议 %3；本控制台使用协议 %4。请在该节点上安装匹配的引擎。</translation>
    </message>
    <message>
        <source>%1 sent a line that is not a JSON object.</source>
        <translation>%1 发送了一行不是 JSON 对象的内容。</translation>
    </message>
    <message>
        <source>%1 could not read the request: %2</source>
        <translation>%1 无法读取请求：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 has sent nothing, not even a heartbeat, for %L2 s: the node or the connection hangs.</source>
        <translation>%1 已 %L2 秒未发送任何内容（连心跳也没有）：节点或连接已挂起。</translation>
    </message>
</context>
<context>
    <name>FileSystem</name>
    <message>
        <source>closing</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 失败：%3</translation>
    </message>
    <message>
        <source>reading the status of</source>
        <translation>读取状态</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>opening the directory</source>
        <translation>打开目录</translation>
    </message>
    <message>
        <source>listing</source>
        <translation>列出</translation>
    </message>
    <message>
        <source>reading the link</source>
        <translation>读取链接</translation>
    </message>
    <message>
        <source>The link %1 has a target longer than 4095 bytes.</source>
        <translation>链接 %1 的目标超过 4095 字节。</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>%1 is shorter than expected: %2 bytes missing at offset %3.</source>
        <translation>%1 比预期的短：在偏移 %3 处缺少 %2 字节。</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>setting the size of</source>
        <translation>设置大小</translation>
    </message>
    <message>
        <source>flushing to disk</source>
        <translation>刷写到磁盘</translation>
    </message>
    <message>
        <source>flushing the directory</source>
        <translation>刷写目录</translation>
    </message>
    <message>
        <source>setting the permissions of</source>
        <translation>设置权限</translation>
    </message>
    <message>
        <source>setting the owner of</source>
        <translation>设置属主</translation>
    </message>
    <message>
        <source>setting the modification time of</source>
        <translation>设置修改时间</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>creating the directory</source>
        <translation>创建目录</translation>
    </message>
    <message>
        <source>renaming</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>reading the free space of</source>
        <translation>读取可用空间</translation>
    </message>
    <message>
        <source>reading the size of the file system of</source>
        <translation>读取文件系统大小</translation>
    </message>
</context>
<context>
    <name>FleetCommand</name>
    <message>
        <source>  fleet status PLAN [--json] [--parallel 8] [--timeout S] [--known-hosts F] [--ssh-identity F] [--ssh-config F]
                   [--accept-host-key SHA256:…] [--engine PATH]
                             Ask every node of the plan for its status over SSH.
</source>
        <translation>  fleet status PLAN [--json] [--parallel 8] [--timeout S] [--known-hosts F] [--ssh-identity F] [--ssh-config F]
                   [--accept-host-key SHA256:…] [--engine PATH]
                             通过 SSH 询问计划中每个节点的状态。
</translation>
    </message>
    <message>
        <source>lifeboat-cli: unknown fleet command "%1"; use "fleet status PLAN".</source>
        <translation>lifeboat-cli：未知的 fleet 命令 "%1"；请使用 "fleet status PLAN"。</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>计划文件。</translation>
    </message>
    <message>
        <source>One JSON line per node as it answers, then a summary line.</source>
        <translation>每个节点应答时输出一行 JSON，最后输出一行汇总。</translation>
    </message>
    <message>
        <source>Nodes asked at once (default 8).</source>
        <translation>同时询问的节点数（默认 8）。</translation>
    </message>
    <message>
        <source>Seconds to wait for a node to connect (default 10).</source>
        <translation>等待节点连接的秒数（默认 10）。</translation>
    </message>
    <message>
        <source>known_hosts file to check the nodes' keys against (default: ~/.ssh/known_hosts).</source>
        <translation>用于核对节点密钥的 known_hosts 文件（默认：~/.ssh/known_hosts）。</translation>
    </message>
    <message>
        <source>SSH private key (default: ssh-agent, then ~/.ssh).</source>
        <translation>SSH 私钥（默认：先 ssh-agent，再 ~/.ssh）。</translation>
    </message>
    <message>
        <source>ssh_config file for host aliases, user, port and keys (default: ~/.ssh/config).</source>
        <translation>用于主机别名、用户、端口和密钥的 ssh_config 文件（默认：~/.ssh/config）。</translation>
    </message>
    <message>
        <source>Trust a node not yet in known_hosts if its key has this fingerprint (SHA256:…).</source>
        <translation>若尚未列入 known_hosts 的节点密钥具有此指纹（SHA256:…），则信任它。</translation>
    </message>
    <message>
        <source>Path of lifeboat-cli on the nodes (default: ~/.local/bin, then PATH).</source>
        <translation>节点上 lifeboat-cli 的路径（默认：先 ~/.local/bin，再 PATH）。</translation>
    </message>
    <message>
        <source>give exactly one plan file.</source>
        <translation>请给出且只给出一个计划文件。</translation>
    </message>
    <message>
        <source>%1: the plan has %2 error(s); run "lifeboat-cli plan check" for every problem.</source>
        <translation>%1：计划有 %2 个错误；运行 "lifeboat-cli plan check" 查看全部问题。</translation>
    </message>
    <message>
        <source>%1 %2 free</source>
        <translation>%1 可用 %2</translation>
    </message>
    <message>
        <source>ok, engine %1, %2</source>
        <translation>正常，引擎 %1，%2</translation>
    </message>
    <message>
        <source>no paths of the plan</source>
        <translation>没有计划中的路径</translation>
    </message>
    <message>
        <source>; MISSING: %1</source>
        <translation>；缺失：%1</translation>
    </message>
    <message>
        <source>; no backup run here within the RPO of: %1</source>
        <translation>；以下数据集在 RPO 内没有在此运行过备份：%1</translation>
    </message>
    <message>
        <source>lifeboat-cli %1: --parallel must be 1 to 256 (got "%2").</source>
        <translation>lifeboat-cli %1：--parallel 必须是 1 到 256（实际为 "%2"）。</translation>
    </message>
    <message>
        <source>lifeboat-cli %1: --timeout must be 1 to 600 seconds (got "%2").</source>
        <translation>lifeboat-cli %1：--timeout 必须是 1 到 600 秒（实际为 "%2"）。</translation>
    </message>
    <message>
        <source>UNREACHABLE after %L1 s: %2</source>
        <translation>%L1 秒后仍无法访问：%2</translation>
    </message>
    <message>
        <source>%L1 of %L2 nodes reachable, %L3 s.</source>
        <translation>%L2 个节点中 %L1 个可访问，用时 %L3 秒。</translation>
    </message>
</context>
<context>
    <name>FleetDialogs</name>
    <message>
        <source>Log in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Kept only if the login succeeds; never written to a file.</source>
        <translation>仅在登录成功后保存；绝不写入文件。</translation>
    </message>
    <message>
        <source>Trust new host keys?</source>
        <translation>信任新的主机密钥？</translation>
    </message>
    <message>
        <source>These nodes are not in known_hosts yet. Anyone between you and a node could be answering in its place, so trust a key only after comparing its fingerprint with the node's own: run &lt;code&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/code&gt; on the node, or ask its administrator.</source>
        <translation>这些节点尚未列入 known_hosts。位于您和节点之间的任何人都可能冒充节点应答，因此只有在把指纹与节点自身的指纹核对之后才能信任该密钥：在节点上运行 &lt;code&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/code&gt;，或询问其管理员。</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>密钥类型</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>Trust Checked Keys</source>
        <translation>信任已勾选的密钥</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <source>Install the engine?</source>
        <translation>安装引擎？</translation>
    </message>
    <message>
        <source>Put lifeboat-cli %1 on %2, in %3?</source>
        <translation>将 lifeboat-cli %1 安装到 %2 的 %3 中？</translation>
    </message>
    <message>
        <source>It is copied over SFTP from %1, the build this console runs with (so for the same operating system and processor), checked by SHA-256 after the copy and renamed into place; an engine already there is replaced only when the copy is complete.</source>
        <translation>它通过 SFTP 从 %1（本控制台所用的构建，因此适用于相同的操作系统和处理器）复制过去，复制后用 SHA-256 校验，再重命名到位；已有的引擎只有在复制完成后才会被替换。</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Delete node %1?</source>
        <translation>删除节点 %1？</translation>
    </message>
    <message>
        <source>Node %1 is not used by any dataset or repository.</source>
        <translation>节点 %1 未被任何数据集或仓库使用。</translation>
    </message>
    <message>
        <source>%1 is used by: %2. Those references will point nowhere and are listed under Problems until you change them.</source>
        <translation>%1 被以下对象使用：%2。这些引用将失效，并在您修改之前列在“问题”中。</translation>
    </message>
    <message>
        <source>Undo brings it back. When the plan is saved without it, the passwords and passphrases kept in the keychain for it are deleted.</source>
        <translation>撤销可以恢复它。计划在没有该节点的情况下保存时，钥匙串中为它保存的密码和口令将被删除。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Logging in to %1.</source>
        <translation>正在登录 %1。</translation>
    </message>
</context>
<context>
    <name>FleetHealth</name>
    <message>
        <source>its last backup on %1 failed (%2, exit %3): %4</source>
        <translation>它在 %1 上的最近一次备份失败（%2，退出码 %3）：%4</translation>
    </message>
    <message>
        <source>no message recorded</source>
        <translation>没有记录消息</translation>
    </message>
    <message>
        <source>the verification of %1 on %2 found damage (%3)</source>
        <translation>%2 上对 %1 的校验发现损坏（%3）</translation>
    </message>
    <message>
        <source>no successful backup is recorded by the nodes that answered</source>
        <translation>已应答的节点没有记录任何成功的备份</translation>
    </message>
    <message>
        <source>none of its nodes answered, so its backups cannot be judged</source>
        <translation>它的节点都没有应答，无法判断其备份情况</translation>
    </message>
    <message>
        <source>its newest good backup is %1 old, beyond its RPO of %2</source>
        <translation>它最新的成功备份已有 %1，超过了 %2 的 RPO</translation>
    </message>
    <message>
        <source>Dataset %1: newest good backup %2 old (RPO %3).</source>
        <translation>数据集 %1：最新的成功备份已有 %2（RPO %3）。</translation>
    </message>
    <message>
        <source>Dataset %1: %2.</source>
        <translation>数据集 %1：%2。</translation>
    </message>
    <message>
        <source>Repository %1: its node %2 did not answer.</source>
        <translation>仓库 %1：其节点 %2 没有应答。</translation>
    </message>
    <message>
        <source>Repository %1: %2 did not say how full %3 is.</source>
        <translation>仓库 %1：%2 没有报告 %3 的使用情况。</translation>
    </message>
    <message>
        <source>Node %1 was not asked.</source>
        <translation>没有询问节点 %1。</translation>
    </message>
    <message>
        <source>Node %1: %2</source>
        <translation>节点 %1：%2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>RPO at risk</source>
        <translation>RPO 有风险</translation>
    </message>
    <message>
        <source>RPO breached</source>
        <translation>已超出 RPO</translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation>上次运行失败</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>校验失败</translation>
    </message>
    <message>
        <source>Repository nearly full</source>
        <translation>仓库将满</translation>
    </message>
    <message>
        <source>Node unreachable</source>
        <translation>节点不可达</translation>
    </message>
    <message>
        <source>Engine outdated</source>
        <translation>引擎过旧</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Repository %1 on %2: %3 free; the size of its file system is not known, so fullness is not judged.</source>
        <translation>%2 上的仓库 %1：可用 %3；其文件系统大小未知，因此不判断是否将满。</translation>
    </message>
    <message>
        <source>Node %1: its installed jobs cannot be read (%2).</source>
        <translation>节点 %1：无法读取其已安装的作业（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>Node %1: the plan's schedule was never applied here (%n job(s) to install): run Apply.</source>
        <translation>
            <numerusform>节点 %1：计划的调度从未在此应用（需安装 %n 个作业）：请运行“应用”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Node %1: the installed schedule is not the plan's (%2 to add, %3 to change, %4 to remove): run Apply.</source>
        <translation>节点 %1：已安装的调度与计划不符（%2 个待添加，%3 个待更改，%4 个待删除）：请运行“应用”。</translation>
    </message>
    <message>
        <source>Schedule not applied</source>
        <translation>调度未应用</translation>
    </message>
    <message>
        <source>its restore drill on %1 (%2) restored data that is not the snapshot's: %3</source>
        <translation>它在 %1 上的恢复演练（%2）恢复出的数据与快照不符：%3</translation>
    </message>
    <message>
        <source>RTO not proven: no restore drill in %1 (the last good one was %2 ago)</source>
        <translation>RTO 未经证实：%1 内没有恢复演练（上一次成功的演练在 %2 前）</translation>
    </message>
    <message>
        <source>RTO not proven: no successful restore drill is recorded</source>
        <translation>RTO 未经证实：没有记录到成功的恢复演练</translation>
    </message>
    <message>
        <source>; the last drill on %1 failed (exit %2): %3</source>
        <translation>；%1 上的最近一次演练失败（退出码 %2）：%3</translation>
    </message>
    <message>
        <source>last restore drill %1 ago</source>
        <translation>上一次恢复演练在 %1 前</translation>
    </message>
    <message>
        <source>its last restore drill (%1 ago) measured %2: all of its %3 would take %4</source>
        <translation>它上一次恢复演练（%1 前）测得 %2：恢复全部 %3 需要 %4</translation>
    </message>
    <message>
        <source>RTO not proven: %1, beyond its RTO of %2</source>
        <translation>RTO 未经证实：%1，超出其 RTO %2</translation>
    </message>
    <message>
        <source>%1 (RTO %2)</source>
        <translation>%1（RTO %2）</translation>
    </message>
    <message>
        <source>Dataset %1: newest good backup %2 old (RPO %3); %4.</source>
        <translation>数据集 %1：最新的成功备份已有 %2（RPO %3）；%4。</translation>
    </message>
    <message>
        <source>RTO not proven</source>
        <translation>RTO 未经证实</translation>
    </message>
    <message>
        <source>its newest good backup is %1 old, past %L2% of its RPO of %3</source>
        <translation>它最新的成功备份已有 %1，超过了 %3 RPO 的 %L2%</translation>
    </message>
    <message>
        <source>Repository %1 on %2: %3 free of %4 (%L5%).</source>
        <translation>%2 上的仓库 %1：%4 中可用 %3（%L5%）。</translation>
    </message>
</context>
<context>
    <name>FleetStatus</name>
    <message>
        <source>Node %1 has no usable address ("%2"); nothing was sent.</source>
        <translation>节点 %1 没有可用的地址（“%2”）；未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>Forget</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>数据集 %1</translation>
    </message>
    <message>
        <source>The policy would remove every snapshot of %1. Nothing was removed; give --allow-empty if that is what you want.</source>
        <translation>该策略会删除 %1 的全部快照。未删除任何内容；如果这正是你想要的，请加 --allow-empty。</translation>
    </message>
    <message>
        <source>%1 (%2 snapshot(s) were removed before this one).</source>
        <translation>%1（在此之前已删除 %2 个快照）。</translation>
    </message>
</context>
<context>
    <name>IndependentFailures</name>
    <message>
        <source>The group must have 1 to 1000 devices (got %1).</source>
        <translation>冗余组必须有 1 到 1000 个设备（实际为 %1）。</translation>
    </message>
    <message>
        <source>A group of %1 devices can tolerate 0 to %2 failures (got %3).</source>
        <translation>由 %1 个设备组成的组可容忍 0 到 %2 个故障（实际为 %3）。</translation>
    </message>
    <message>
        <source>The failure rate must be a positive number.</source>
        <translation>故障率必须是正数。</translation>
    </message>
    <message>
        <source>The repair rate must be a positive number (the repair time must be above zero).</source>
        <translation>修复率必须是正数（修复时间必须大于零）。</translation>
    </message>
    <message>
        <source>The repair mode must be parallel or one at a time.</source>
        <translation>修复方式必须是并行或逐个修复。</translation>
    </message>
    <message>
        <source>The mission time must be zero or more.</source>
        <translation>任务时长必须大于或等于零。</translation>
    </message>
    <message>
        <source>A group of distinct devices must have 1 to %1 devices (got %2).</source>
        <translation>由不同设备组成的组必须有 1 到 %1 个设备（实际为 %2）。</translation>
    </message>
</context>
<context>
    <name>IndexFormat</name>
    <message>
        <source>The index file does not start with the index magic.</source>
        <translation>索引文件不是以索引标识开头的。</translation>
    </message>
    <message>
        <source>The index file's pack table is truncated.</source>
        <translation>索引文件的包表被截断。</translation>
    </message>
    <message>
        <source>The index file's length does not match its %1 entries.</source>
        <translation>索引文件的长度与其 %1 个条目不符。</translation>
    </message>
    <message>
        <source>Entry %1 of the index file is not valid.</source>
        <translation>索引文件的第 %1 个条目无效。</translation>
    </message>
</context>
<context>
    <name>JobDiff</name>
    <message>
        <source>A job's "id" must be lower-case letters, digits and dashes (got "%1").</source>
        <translation>作业的 "id" 只能由小写字母、数字和短横线组成（收到“%1”）。</translation>
    </message>
    <message>
        <source>Job %1 has no steps.</source>
        <translation>作业 %1 没有步骤。</translation>
    </message>
    <message>
        <source>Job %1: a step's arguments must be strings.</source>
        <translation>作业 %1：步骤的参数必须是字符串。</translation>
    </message>
    <message>
        <source>Job %1: a step must be a "repo" command (got "%2").</source>
        <translation>作业 %1：步骤必须是 "repo" 命令（收到“%2”）。</translation>
    </message>
    <message>
        <source>%1: "%2" → "%3"</source>
        <translation>%1：“%2” → “%3”</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>step %1: "%2" → "%3"</source>
        <translation>第 %1 步：“%2” → “%3”</translation>
    </message>
    <message>
        <source>Unknown change "%1".</source>
        <translation>未知的变更“%1”。</translation>
    </message>
    <message>
        <source>Job %1: "kind" must be backup, verify, maintain or drill (got "%2").</source>
        <translation>作业 %1："kind" 必须是 backup、verify、maintain 或 drill（收到“%2”）。</translation>
    </message>
</context>
<context>
    <name>JobPlanner</name>
    <message>
        <source>Policy %1 names repository %2, which is not in the plan: its backup of %3 is not scheduled.</source>
        <translation>策略 %1 引用的仓库 %2 不在计划中：%3 的备份未被调度。</translation>
    </message>
    <message>
        <source>Back up %1 (%2) to %3, then copy the snapshot to %4</source>
        <translation>把 %1（%2）备份到 %3，然后把快照复制到 %4</translation>
    </message>
    <message>
        <source>Back up %1 (%2) to %3</source>
        <translation>把 %1（%2）备份到 %3</translation>
    </message>
    <message>
        <source>Verify %1: its structure, and %2 of the data re-read</source>
        <translation>校验 %1：检查结构，并重新读取 %2 的数据</translation>
    </message>
    <message>
        <source>Verify %1: its structure</source>
        <translation>校验 %1：检查结构</translation>
    </message>
    <message>
        <source>Apply the retention of %1 in %2, then prune it</source>
        <translation>在 %2 中执行 %1 的保留策略，然后清理</translation>
    </message>
    <message>
        <source>Policy %1 drills from repository %2, which is not in the plan: its drill is not scheduled.</source>
        <translation>策略 %1 从仓库 %2 进行演练，但计划中没有该仓库：其演练未被调度。</translation>
    </message>
    <message>
        <source>Drill a restore of %1 of %2 from %3 into %4, check every byte, remove it</source>
        <translation>演练：从 %3 恢复 %2 的 %1 到 %4，逐字节校验，然后删除</translation>
    </message>
    <message>
        <source>Drill a restore of %1 from %2 into %3, check every byte, remove it</source>
        <translation>演练：从 %2 恢复 %1 到 %3，逐字节校验，然后删除</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>"%1/%2" is not a job name.</source>
        <translation>“%1/%2”不是作业名。</translation>
    </message>
    <message>
        <source>Job %1/%2 is not installed here (%3: %4).</source>
        <translation>作业 %1/%2 未安装在此（%3：%4）。</translation>
    </message>
    <message>
        <source>%1 is not a job file: %2</source>
        <translation>%1 不是作业文件：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>"%1" is not a job id.</source>
        <translation>“%1”不是作业 id。</translation>
    </message>
    <message>
        <source>Job %1 is given twice.</source>
        <translation>作业 %1 被给出了两次。</translation>
    </message>
    <message>
        <source>The jobs move from %1 to %2.</source>
        <translation>作业从 %1 移到 %2。</translation>
    </message>
    <message>
        <source>no %1 entry starts it</source>
        <translation>没有 %1 条目启动它</translation>
    </message>
    <message>
        <source>a %1 entry without its job file</source>
        <translation>一个没有作业文件的 %1 条目</translation>
    </message>
    <message>
        <source>No passphrase is stored on this node for repository %1 (%2): if it is encrypted, its jobs fail until one is stored (lifeboat-cli schedule set-key %1, or the console's Apply).</source>
        <translation>此节点上没有保存仓库 %1 的口令（%2）：如果它是加密的，在保存口令之前它的作业都会失败（lifeboat-cli schedule set-key %1，或控制台的“应用”）。</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>The old entries in %1 could not be removed: %2</source>
        <translation>无法删除 %1 中的旧条目：%2</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside; the new jobs are in %2.</source>
        <translation>无法把 %1 移开；新作业在 %2 中。</translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2; the previous jobs are in %3.</source>
        <translation>无法把 %1 移到 %2；之前的作业在 %3 中。</translation>
    </message>
</context>
<context>
    <name>JsonLines</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>Kdf</name>
    <message>
        <source>The key's scrypt parameters are out of range (N=%1, r=%2, p=%3).</source>
        <translation>密钥的 scrypt 参数超出范围（N=%1，r=%2，p=%3）。</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed (scrypt could not allocate its memory).</source>
        <translation>从口令派生密钥失败（scrypt 无法分配所需内存）。</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The passphrase does not open key %1.</source>
        <translation>该口令无法打开密钥 %1。</translation>
    </message>
    <message>
        <source>Key %1 holds a master key of the wrong length.</source>
        <translation>密钥 %1 中的主密钥长度不对。</translation>
    </message>
    <message>
        <source>The key file is damaged or of an unknown kind.</source>
        <translation>密钥文件已损坏或类型未知。</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>No usable keychain (%1). Passwords and passphrases will be asked for each time and not stored; Lifeboat never keeps them in a plain file.</source>
        <translation>没有可用的钥匙串（%1）。密码和口令将每次询问且不会保存；Lifeboat 从不把它们保存在明文文件中。</translation>
    </message>
    <message>
        <source>A secret's name cannot start with a dot ("%1").</source>
        <translation>机密的名称不能以点开头（"%1"）。</translation>
    </message>
    <message>
        <source>The keychain could not read %1: %2</source>
        <translation>钥匙串无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The keychain could not store %1: %2</source>
        <translation>钥匙串无法保存 %1：%2</translation>
    </message>
    <message>
        <source>The keychain could not delete %1: %2</source>
        <translation>钥匙串无法删除 %1：%2</translation>
    </message>
    <message>
        <source>there is no application to run the keychain in</source>
        <translation>没有可运行钥匙串的应用程序</translation>
    </message>
    <message>
        <source>the console is closing</source>
        <translation>控制台正在关闭</translation>
    </message>
</context>
<context>
    <name>LocalStorage</name>
    <message>
        <source>Writing to %1 after an earlier error.</source>
        <translation>在之前的错误之后仍试图写入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be committed after an error.</source>
        <translation>出错之后不能再提交 %1。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes such a file may have.</source>
        <translation>%1 有 %2 字节，超过此类文件允许的 %3 字节。</translation>
    </message>
</context>
<context>
    <name>LocalTransport</name>
    <message>
        <source>The engine %1 is missing or not executable.</source>
        <translation>引擎 %1 不存在或不可执行。</translation>
    </message>
    <message>
        <source>The engine %1 could not be started: %2</source>
        <translation>无法启动引擎 %1：%2</translation>
    </message>
    <message>
        <source>local engine</source>
        <translation>本地引擎</translation>
    </message>
    <message>
        <source>The local engine is not running.</source>
        <translation>本地引擎未在运行。</translation>
    </message>
    <message>
        <source>Could not write to the local engine: %1</source>
        <translation>无法写入本地引擎：%1</translation>
    </message>
    <message>
        <source>The local engine stopped (exit code %1).</source>
        <translation>本地引擎已停止（退出码 %1）。</translation>
    </message>
</context>
<context>
    <name>LockKeeper</name>
    <message>
        <source>the lock was not refreshed in time</source>
        <translation>锁未能及时刷新</translation>
    </message>
    <message>
        <source>Stopped: the repository lock could not be kept (%1). Nothing was committed after that point; the repository is valid.</source>
        <translation>已停止：无法继续持有仓库锁（%1）。此后没有提交任何内容；仓库仍然有效。</translation>
    </message>
</context>
<context>
    <name>ModelCommand</name>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须提供 --%1。</translation>
    </message>
    <message>
        <source>--%1 must be a number (got "%2").</source>
        <translation>--%1 必须是数字（实际为 "%2"）。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number (got "%2").</source>
        <translation>--%1 必须是整数（实际为 "%2"）。</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Devices in the group (c for c replicas, k+m for a code).</source>
        <translation>组内设备数（c 副本为 c，纠删码为 k+m）。</translation>
    </message>
    <message>
        <source>Failures the group survives (c−1, or m).</source>
        <translation>组能承受的故障数（c−1 或 m）。</translation>
    </message>
    <message>
        <source>Annualized failure rate per device (failures per device-year).</source>
        <translation>每个设备的年化故障率（每设备年的故障次数）。</translation>
    </message>
    <message>
        <source>Mean time to repair one device, in hours.</source>
        <translation>修复一个设备的平均时间（小时）。</translation>
    </message>
    <message>
        <source>parallel (default) or serial.</source>
        <translation>parallel（默认）或 serial。</translation>
    </message>
    <message>
        <source>Years over which to give the loss probability (default 1).</source>
        <translation>计算丢失概率的年数（默认 1）。</translation>
    </message>
    <message>
        <source>--repair must be parallel or serial (got "%1").</source>
        <translation>--repair 必须是 parallel 或 serial（实际为 "%1"）。</translation>
    </message>
    <message>
        <source>--repair-hours must be above 0.</source>
        <translation>--repair-hours 必须大于 0。</translation>
    </message>
    <message>
        <source>Nodes in the cluster.</source>
        <translation>集群中的节点数。</translation>
    </message>
    <message>
        <source>Copies of each data unit.</source>
        <translation>每个数据单元的副本数。</translation>
    </message>
    <message>
        <source>Nodes that fail at once.</source>
        <translation>同时故障的节点数。</translation>
    </message>
    <message>
        <source>Distinct copysets in the placement.</source>
        <translation>放置方案中不同副本集的数量。</translation>
    </message>
    <message>
        <source>Copyset Replication with this scatter width.</source>
        <translation>按此分散宽度进行副本集复制（Copyset Replication）。</translation>
    </message>
    <message>
        <source>Data units placed uniformly at random.</source>
        <translation>均匀随机放置的数据单元数。</translation>
    </message>
    <message>
        <source>K+M: erasure-coded stripes instead of replicas.</source>
        <translation>K+M：用纠删码条带代替副本。</translation>
    </message>
    <message>
        <source>Unique bytes per node, for the expected bytes lost (e.g. 4TB).</source>
        <translation>每个节点的唯一数据字节数，用于计算预期丢失字节（例如 4TB）。</translation>
    </message>
    <message>
        <source>--erasure must look like 10+4 (got "%1").</source>
        <translation>--erasure 的格式应为 10+4（实际为 "%1"）。</translation>
    </message>
    <message>
        <source>Give exactly one of --copysets, --scatter-width or --chunks.</source>
        <translation>--copysets、--scatter-width 和 --chunks 必须且只能给出一个。</translation>
    </message>
    <message>
        <source>The number of copysets or chunks must be 0 or more.</source>
        <translation>副本集或数据块的数量必须大于或等于 0。</translation>
    </message>
    <message>
        <source>--bytes-per-node must be a size such as 4TB (got "%1").</source>
        <translation>--bytes-per-node 必须是大小，例如 4TB（实际为 "%1"）。</translation>
    </message>
    <message>
        <source>Data shards of a stripe.</source>
        <translation>条带的数据分片数。</translation>
    </message>
    <message>
        <source>Parity shards of a stripe.</source>
        <translation>条带的校验分片数。</translation>
    </message>
    <message>
        <source>Annual shard failure rate.</source>
        <translation>分片的年故障率。</translation>
    </message>
    <message>
        <source>Days to replace a failed shard.</source>
        <translation>更换故障分片所需的天数。</translation>
    </message>
    <message>
        <source>Hours between backup starts.</source>
        <translation>两次备份开始之间的小时数。</translation>
    </message>
    <message>
        <source>Hours from a backup's start until it is usable.</source>
        <translation>从备份开始到可用所需的小时数。</translation>
    </message>
    <message>
        <source>Probability that a backup is unusable (default 0).</source>
        <translation>一次备份不可用的概率（默认 0）。</translation>
    </message>
    <message>
        <source>Backups kept (default 1).</source>
        <translation>保留的备份数（默认 1）。</translation>
    </message>
    <message>
        <source>Bytes to restore (e.g. 40TB).</source>
        <translation>要恢复的字节数（例如 40TB）。</translation>
    </message>
    <message>
        <source>Bandwidth of the slowest part of the path, Gbit/s.</source>
        <translation>路径中最慢一段的带宽（Gbit/s）。</translation>
    </message>
    <message>
        <source>Share of that bandwidth a restore achieves (default 1).</source>
        <translation>恢复能达到的带宽比例（默认 1）。</translation>
    </message>
    <message>
        <source>Parallel restore streams (default 1).</source>
        <translation>并行恢复流的数量（默认 1）。</translation>
    </message>
    <message>
        <source>Bandwidth one stream can reach, Gbit/s (default: no limit).</source>
        <translation>单个流能达到的带宽（Gbit/s，默认不限）。</translation>
    </message>
    <message>
        <source>--bytes must be a size such as 40TB or 1.5PiB (got "%1").</source>
        <translation>--bytes 必须是大小，例如 40TB 或 1.5PiB（实际为 "%1"）。</translation>
    </message>
    <message>
        <source>Minutes between checks.</source>
        <translation>两次检查之间的分钟数。</translation>
    </message>
    <message>
        <source>Probability that one check finds an existing fault.</source>
        <translation>一次检查发现已有故障的概率。</translation>
    </message>
    <message>
        <source>Give the probability of detection within this many minutes.</source>
        <translation>给出在这么多分钟内被发现的概率。</translation>
    </message>
    <message>
        <source>lifeboat-cli: unknown model command "%1". The model commands are:</source>
        <translation>lifeboat-cli：未知的 model 命令 "%1"。model 命令有：</translation>
    </message>
    <message>
        <source>Bytes to rebuild per failed device (e.g. 16TB); with --repair-gbps instead of --repair-hours.</source>
        <translation>每个故障设备需重建的字节数（如 16TB）；与 --repair-gbps 一起使用，代替 --repair-hours。</translation>
    </message>
    <message>
        <source>Repair bandwidth per failed device, Gbit/s.</source>
        <translation>每个故障设备的修复带宽，Gbit/s。</translation>
    </message>
    <message>
        <source>User bytes the group holds, for the expected bytes lost over the mission (e.g. 100TB).</source>
        <translation>该组存放的用户数据字节数，用于计算任务期内的期望丢失字节数（如 100TB）。</translation>
    </message>
    <message>
        <source>Give --repair-hours, or --device-bytes with --repair-gbps, not both.</source>
        <translation>请给出 --repair-hours，或同时给出 --device-bytes 与 --repair-gbps，不能两者都给。</translation>
    </message>
    <message>
        <source>--device-bytes must be a size such as 16TB (got "%1").</source>
        <translation>--device-bytes 必须是 16TB 这样的大小（实际为 "%1"）。</translation>
    </message>
    <message>
        <source>--repair-gbps must be above 0.</source>
        <translation>--repair-gbps 必须大于 0。</translation>
    </message>
    <message>
        <source>--bytes must be a size such as 100TB (got "%1").</source>
        <translation>--bytes 必须是 100TB 这样的大小（实际为 "%1"）。</translation>
    </message>
    <message>
        <source>  model mttdl --group-size n --tolerate m --afr A (--repair-hours H | --device-bytes D --repair-gbps G) [--repair parallel|serial] [--mission-years Y] [--bytes B]
  model simultaneous --nodes N --replicas R --failed F (--copysets K | --scatter-width S | --chunks C) [--erasure K+M] [--bytes-per-node B]
  model window --data K --parity M --afr A --repair-days D
  model rpo --interval-hours I --window-hours W [--bad-backup-prob q --keep K]
  model rto --bytes B --bandwidth-gbps G [--efficiency e] [--streams n] [--stream-gbps g]
  model detection --interval-minutes T --detect-prob d --within-minutes t
  model plan FILE [--what-if PATH=VALUE ...] [--mission-years Y]
  model simulate FILE --years Y [--trials N] [--seed S] [--threads T] [--repair fixed|exponential] [--what-if PATH=VALUE ...]
    --afr is a rate (failures per device-year, as Backblaze publishes it), so λ = AFR;
    a year is 365 days (8,760 hours). Add --json for one JSON object.
</source>
        <translation>  model mttdl --group-size n --tolerate m --afr A (--repair-hours H | --device-bytes D --repair-gbps G) [--repair parallel|serial] [--mission-years Y] [--bytes B]
  model simultaneous --nodes N --replicas R --failed F (--copysets K | --scatter-width S | --chunks C) [--erasure K+M] [--bytes-per-node B]
  model window --data K --parity M --afr A --repair-days D
  model rpo --interval-hours I --window-hours W [--bad-backup-prob q --keep K]
  model rto --bytes B --bandwidth-gbps G [--efficiency e] [--streams n] [--stream-gbps g]
  model detection --interval-minutes T --detect-prob d --within-minutes t
  model plan FILE [--what-if PATH=VALUE ...] [--mission-years Y]
  model simulate FILE --years Y [--trials N] [--seed S] [--threads T] [--repair fixed|exponential] [--what-if PATH=VALUE ...]
    --afr 是故障率（每设备年的故障次数，与 Backblaze 公布的口径相同），因此 λ = AFR；
    一年按 365 天（8,760 小时）计。加 --json 输出一个 JSON 对象。
</translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <source>The plan file.</source>
        <translation>计划文件。</translation>
    </message>
    <message>
        <source>Warn when the newest good backup is older than this share of the RPO (default 0.75).</source>
        <translation>最新的成功备份超过 RPO 的此比例时发出警告（默认 0.75）。</translation>
    </message>
    <message>
        <source>Warn when a repository has less than this share free (default 0.10).</source>
        <translation>仓库可用空间低于此比例时发出警告（默认 0.10）。</translation>
    </message>
    <message>
        <source>give exactly one plan file.</source>
        <translation>请给出且只给出一个计划文件。</translation>
    </message>
    <message>
        <source>lifeboat-cli %1: --%2 must be a fraction between 0 and 1 (got "%3").</source>
        <translation>lifeboat-cli %1：--%2 必须是 0 到 1 之间的比例（实际为 "%3"）。</translation>
    </message>
    <message>
        <source>  check PLAN [--rpo-warning 0.75] [--nearly-full 0.10] [fleet options]
                             The fleet's health as a Nagios/Icinga plugin (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN).
  metrics PLAN [--output FILE.prom] [fleet options]
                             The same as Prometheus text, for node_exporter's textfile collector.
</source>
        <translation>  check 计划 [--rpo-warning 0.75] [--nearly-full 0.10] [集群选项]
                             以 Nagios/Icinga 插件形式报告集群健康状况（退出码 0 正常，1 警告，2 严重，3 未知）。
  metrics 计划 [--output 文件.prom] [集群选项]
                             同样的内容输出为 Prometheus 文本，供 node_exporter 的 textfile collector 使用。
</translation>
    </message>
    <message>
        <source>Write to FILE (atomically, as the textfile collector needs) instead of stdout.</source>
        <translation>写入 FILE（按 textfile collector 的要求原子写入），而不是标准输出。</translation>
    </message>
    <message>
        <source>lifeboat-cli metrics: %1 cannot be written: %2</source>
        <translation>lifeboat-cli metrics：无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>MonteCarlo</name>
    <message>
        <source>--years must be above 0 and at most 1000.</source>
        <translation>--years 必须大于 0 且不超过 1000。</translation>
    </message>
    <message>
        <source>--trials must be between 1 and 10,000,000,000.</source>
        <translation>--trials 必须在 1 到 10,000,000,000 之间。</translation>
    </message>
    <message>
        <source>The confidence must be between 0 and 1.</source>
        <translation>置信度必须在 0 和 1 之间。</translation>
    </message>
    <message>
        <source>The repair distribution must be fixed or exponential.</source>
        <translation>修复时间分布必须是 fixed 或 exponential。</translation>
    </message>
    <message>
        <source>The plan has no nodes to simulate.</source>
        <translation>计划中没有可模拟的节点。</translation>
    </message>
    <message>
        <source>The simulation was cancelled.</source>
        <translation>模拟已取消。</translation>
    </message>
</context>
<context>
    <name>NodeHealth</name>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>Host key not trusted</source>
        <translation>主机密钥未受信任</translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation>主机密钥已变更</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <source>No engine</source>
        <translation>没有引擎</translation>
    </message>
    <message>
        <source>Engine outdated</source>
        <translation>引擎过旧</translation>
    </message>
    <message>
        <source>Bad address</source>
        <translation>地址无效</translation>
    </message>
    <message>
        <source>Missing on the node: %1.</source>
        <translation>节点上缺少：%1。</translation>
    </message>
    <message>
        <source>No successful backup has run here, so %1 has no restore point from this node.</source>
        <translation>此处从未成功运行过备份，因此 %1 在该节点上没有恢复点。</translation>
    </message>
    <message>
        <source>Reachable, engine %1; every path of the plan is there.</source>
        <translation>可访问，引擎 %1；计划中的所有路径都存在。</translation>
    </message>
    <message>
        <source>%1 (%2) is not in known_hosts. Its %3 key has the fingerprint %4. Compare it with the node's own (ssh-keygen -lf /etc/ssh/ssh_host_%5_key.pub on the node) before trusting it.</source>
        <translation>%1（%2）不在 known_hosts 中。它的 %3 密钥指纹为 %4。信任之前，请与节点自身的指纹核对（在节点上运行 ssh-keygen -lf /etc/ssh/ssh_host_%5_key.pub）。</translation>
    </message>
    <message>
        <source>%1 did not answer.</source>
        <translation>%1 没有应答。</translation>
    </message>
    <message>
        <source>The newest successful backup here finished %L1 h ago, longer ago than the RPO of %2.</source>
        <translation>此处最近一次成功的备份在 %L1 小时前完成，已超过 %2 的 RPO。</translation>
    </message>
</context>
<context>
    <name>ObjectFormSpec</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>dc1/r5</source>
        <translation>dc1/r5</translation>
    </message>
    <message>
        <source>Unique in the plan. Nodes and child domains refer to it; renaming it renames their references.</source>
        <translation>在计划中唯一。节点和子域引用它；重命名时，这些引用会随之更新。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <source>What kind of domain it is: region, site, room, row, rack, PDU ...</source>
        <translation>域的类型：区域、站点、机房、机列、机架、PDU ……</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>The domain that encloses it; empty for a top-level domain. Changing it moves the domain and all it holds.</source>
        <translation>包含它的上级域；顶层域留空。修改它会移动该域及其包含的一切。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>gpu-41</source>
        <translation>gpu-41</translation>
    </message>
    <message>
        <source>Unique in the plan. Dataset locations and repositories refer to it; renaming it renames their references.</source>
        <translation>在计划中唯一。数据集位置和仓库引用它；重命名时，这些引用会随之更新。</translation>
    </message>
    <message>
        <source>Failure domain</source>
        <translation>故障域</translation>
    </message>
    <message>
        <source>dc1/r1</source>
        <translation>dc1/r1</translation>
    </message>
    <message>
        <source>The innermost domain holding the node (its rack, usually).</source>
        <translation>包含该节点的最内层域（通常是其机架）。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>storage</translation>
    </message>
    <message>
        <source>Its annual failure rate comes from the plan's assumptions for this role.</source>
        <translation>其年故障率取自计划中对该角色的假设。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>host name or IP</source>
        <translation>主机名或 IP</translation>
    </message>
    <message>
        <source>Where the engine reaches it over SSH; leave empty when an SSH alias is given.</source>
        <translation>引擎通过 SSH 连接它的地址；已填写 SSH 别名时留空。</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH 端口</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH 用户</translation>
    </message>
    <message>
        <source>lifeboat</source>
        <translation>lifeboat</translation>
    </message>
    <message>
        <source>SSH alias</source>
        <translation>SSH 别名</translation>
    </message>
    <message>
        <source>a Host of ~/.ssh/config</source>
        <translation>~/.ssh/config 中的 Host</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>30 TB</source>
        <translation>30 TB</translation>
    </message>
    <message>
        <source>Bytes with a unit: B, kB, MB, GB, TB, PB (powers of 1000) or KiB, MiB, GiB, TiB, PiB.</source>
        <translation>带单位的字节数：B、kB、MB、GB、TB、PB（1000 的幂）或 KiB、MiB、GiB、TiB、PiB。</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>nvme</source>
        <translation>nvme</translation>
    </message>
    <message>
        <source>ckpt-llama405b</source>
        <translation>ckpt-llama405b</translation>
    </message>
    <message>
        <source>Unique in the plan. Policies refer to it; renaming it renames their references.</source>
        <translation>在计划中唯一。策略引用它；重命名时，这些引用会随之更新。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>critical, high, medium or low: the console's targets and colours follow it.</source>
        <translation>critical、high、medium 或 low：控制台的目标和颜色随之而定。</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Replicated: every location holds a full copy. Sharded: each holds one part and all are needed.</source>
        <translation>复制：每个位置都有完整副本。分片：每个位置存一部分，缺一不可。</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>gpu-07 /data/ckpt</source>
        <translation>gpu-07 /data/ckpt</translation>
    </message>
    <message>
        <source>One per line: the node's name, a space, the absolute path on it.</source>
        <translation>每行一个：节点名、一个空格、该节点上的绝对路径。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>38 TB</source>
        <translation>38 TB</translation>
    </message>
    <message>
        <source>Bytes with a unit: B, kB, MB, GB, TB, PB or KiB ... PiB.</source>
        <translation>带单位的字节数：B、kB、MB、GB、TB、PB 或 KiB …… PiB。</translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation>每月增长</translation>
    </message>
    <message>
        <source>2 TB</source>
        <translation>2 TB</translation>
    </message>
    <message>
        <source>Change per day</source>
        <translation>每日变化</translation>
    </message>
    <message>
        <source>5%</source>
        <translation>5%</translation>
    </message>
    <message>
        <source>The share of the size rewritten each day, as a percentage or a fraction.</source>
        <translation>每天被改写的数据占比，用百分比或小数表示。</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>4h</source>
        <translation>4h</translation>
    </message>
    <message>
        <source>The most data (as time) it may lose: a duration such as 90m, 4h, 2d, 1w.</source>
        <translation>最多可丢失多少数据（以时间计）：如 90m、4h、2d、1w 这样的时长。</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>24h</source>
        <translation>24h</translation>
    </message>
    <message>
        <source>The longest a restore may take: a duration such as 90m, 4h, 2d.</source>
        <translation>恢复最长可用时间：如 90m、4h、2d 这样的时长。</translation>
    </message>
    <message>
        <source>repo-dc2-cold</source>
        <translation>repo-dc2-cold</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>bkp-dc2-01</source>
        <translation>bkp-dc2-01</translation>
    </message>
    <message>
        <source>The node that holds it; its failure domain is the node's.</source>
        <translation>存放它的节点；其故障域即该节点的故障域。</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>/backup/lifeboat</source>
        <translation>/backup/lifeboat</translation>
    </message>
    <message>
        <source>Absolute path on the node.</source>
        <translation>节点上的绝对路径。</translation>
    </message>
    <message>
        <source>500 TB</source>
        <translation>500 TB</translation>
    </message>
    <message>
        <source>ckpt-nightly</source>
        <translation>ckpt-nightly</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>0 2 * * *</source>
        <translation>0 2 * * *</translation>
    </message>
    <message>
        <source>Five-field cron (minute hour day month weekday) or @hourly, @daily, @weekly, @monthly.</source>
        <translation>五字段 cron（分 时 日 月 星期）或 @hourly、@daily、@weekly、@monthly。</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>An IANA time zone such as Europe/Berlin; empty means UTC.</source>
        <translation>IANA 时区，如 Europe/Berlin；留空表示 UTC。</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>窗口开始</translation>
    </message>
    <message>
        <source>01:00</source>
        <translation>01:00</translation>
    </message>
    <message>
        <source>HH:MM in the schedule's time zone; empty for no window.</source>
        <translation>计划时区中的 HH:MM；留空表示无窗口。</translation>
    </message>
    <message>
        <source>Window length</source>
        <translation>窗口长度</translation>
    </message>
    <message>
        <source>6h</source>
        <translation>6h</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>repo-dc1, repo-dc2</source>
        <translation>repo-dc1, repo-dc2</translation>
    </message>
    <message>
        <source>Comma-separated; each one is a copy. Repositories in different failure domains protect against more.</source>
        <translation>以逗号分隔；每个仓库是一份副本。位于不同故障域的仓库能防范更多故障。</translation>
    </message>
    <message>
        <source>Keep last</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <source>Keep hourly</source>
        <translation>按小时保留</translation>
    </message>
    <message>
        <source>Keep daily</source>
        <translation>按天保留</translation>
    </message>
    <message>
        <source>Keep weekly</source>
        <translation>按周保留</translation>
    </message>
    <message>
        <source>Keep monthly</source>
        <translation>按月保留</translation>
    </message>
    <message>
        <source>Keep yearly</source>
        <translation>按年保留</translation>
    </message>
    <message>
        <source>Keep within</source>
        <translation>保留期内</translation>
    </message>
    <message>
        <source>7d</source>
        <translation>7d</translation>
    </message>
    <message>
        <source>Keep every snapshot younger than this duration.</source>
        <translation>保留所有比此时长更新的快照。</translation>
    </message>
    <message>
        <source>Verify schedule</source>
        <translation>校验计划</translation>
    </message>
    <message>
        <source>0 6 * * 0</source>
        <translation>0 6 * * 0</translation>
    </message>
    <message>
        <source>Cron for re-reading the repository; empty: never verified.</source>
        <translation>重新读取仓库的 cron；留空：从不校验。</translation>
    </message>
    <message>
        <source>Verify reads</source>
        <translation>校验读取</translation>
    </message>
    <message>
        <source>10%</source>
        <translation>10%</translation>
    </message>
    <message>
        <source>The share of pack data re-read and re-hashed per verification.</source>
        <translation>每次校验重新读取并重新计算哈希的包数据占比。</translation>
    </message>
    <message>
        <source>Drill schedule</source>
        <translation>演练计划</translation>
    </message>
    <message>
        <source>0 6 * * sat</source>
        <translation>0 6 * * sat</translation>
    </message>
    <message>
        <source>Cron for a restore drill: the newest snapshot restored into scratch space, every byte checked, the throughput measured, then removed. Empty: no drill.</source>
        <translation>恢复演练的 cron：把最新快照恢复到临时空间，逐字节校验，测量吞吐量，然后删除。留空：不演练。</translation>
    </message>
    <message>
        <source>Drill node</source>
        <translation>演练节点</translation>
    </message>
    <message>
        <source>bkp-dc1-01</source>
        <translation>bkp-dc1-01</translation>
    </message>
    <message>
        <source>The node that restores.</source>
        <translation>执行恢复的节点。</translation>
    </message>
    <message>
        <source>Drill scratch path</source>
        <translation>演练临时路径</translation>
    </message>
    <message>
        <source>/scratch/lifeboat-drill</source>
        <translation>/scratch/lifeboat-drill</translation>
    </message>
    <message>
        <source>An absolute directory on the drill node that holds no live data and no repository: the drill removes what it restored there.</source>
        <translation>演练节点上的绝对目录，其中不能有在线数据或仓库：演练会删除它在那里恢复的内容。</translation>
    </message>
    <message>
        <source>Drill sample</source>
        <translation>演练抽样</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>The share of the snapshot's bytes restored per drill.</source>
        <translation>每次演练恢复的快照字节比例。</translation>
    </message>
    <message>
        <source>Drill from</source>
        <translation>演练来源</translation>
    </message>
    <message>
        <source>(the policy's first repository)</source>
        <translation>（策略的第一个仓库）</translation>
    </message>
</context>
<context>
    <name>PackFormat</name>
    <message>
        <source>The pack header is truncated.</source>
        <translation>包头被截断。</translation>
    </message>
    <message>
        <source>The pack header's length does not match its %1 entries.</source>
        <translation>包头长度与其 %1 个条目不符。</translation>
    </message>
    <message>
        <source>The pack header names an unknown blob type or codec.</source>
        <translation>包头中有未知的数据块类型或编码。</translation>
    </message>
    <message>
        <source>The pack header declares a blob larger than %1 bytes.</source>
        <translation>包头声明了一个大于 %1 字节的数据块。</translation>
    </message>
    <message>
        <source>The pack header describes more bytes than the pack holds.</source>
        <translation>包头描述的字节数多于包实际包含的字节数。</translation>
    </message>
    <message>
        <source>The pack does not end with the pack trailer (truncated or not a pack).</source>
        <translation>该包不以包尾标记结束（被截断或不是包文件）。</translation>
    </message>
    <message>
        <source>The pack trailer declares a header of %1 bytes, which does not fit.</source>
        <translation>包尾声明的包头长度为 %1 字节，与文件大小不符。</translation>
    </message>
</context>
<context>
    <name>PackWriter</name>
    <message>
        <source>The pack just written does not read back: %1. Nothing was committed.</source>
        <translation>刚写入的包无法正确读回：%1。未提交任何内容。</translation>
    </message>
    <message>
        <source>wrong entry count</source>
        <translation>条目数不对</translation>
    </message>
    <message>
        <source>A blob failed its check after being written, before the pack was committed: %1. Nothing was committed.</source>
        <translation>一个数据块在写入后、包提交前未通过检查：%1。未提交任何内容。</translation>
    </message>
    <message>
        <source>A pack must be checked before it is committed.</source>
        <translation>包必须先经过检查才能提交。</translation>
    </message>
    <message>
        <source>There is no pack to finish.</source>
        <translation>没有需要完成的包。</translation>
    </message>
</context>
<context>
    <name>PlacementAdvice</name>
    <message>
        <source>Every copy of %1 (%2 in all) is in %3 %4: one outage of it loses the dataset.</source>
        <translation>%1 的所有副本（共 %2 个）都在%3 %4 中：它一旦停运就会失去这个数据集。</translation>
    </message>
    <message>
        <source>%1 of %2 copies of %3 are in %4 %5.</source>
        <translation>%3 的 %2 个副本中有 %1 个在%4 %5 中。</translation>
    </message>
    <message>
        <source>No other %1 of the plan could take one.</source>
        <translation>计划中没有其他%1可以容纳一个副本。</translation>
    </message>
    <message>
        <source>Move one to a %1 with none, e.g. %2.</source>
        <translation>请把其中一个移到没有副本的%1，例如 %2。</translation>
    </message>
</context>
<context>
    <name>PlanApply</name>
    <message>
        <source>Node %1 answered with a change that cannot be read: %2</source>
        <translation>节点 %1 回复了一个无法读取的变更：%2</translation>
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
    <name>PlanEdit</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>域</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>object</source>
        <translation>对象</translation>
    </message>
</context>
<context>
    <name>PlanExposure</name>
    <message>
        <source>Unknown time zone "%1".</source>
        <translation>未知时区 "%1"。</translation>
    </message>
    <message>
        <source>The schedule "%1" never runs.</source>
        <translation>调度 "%1" 从不运行。</translation>
    </message>
    <message>
        <source>No repair bandwidth in the plan: every repair is assumed to take %1 hours.</source>
        <translation>计划中没有修复带宽：假定每次修复耗时 %1 小时。</translation>
    </message>
    <message>
        <source>%1 names node "%2", which the plan does not have.</source>
        <translation>%1 引用了节点 "%2"，但计划中没有该节点。</translation>
    </message>
    <message>
        <source>Repository "%1"</source>
        <translation>仓库 "%1"</translation>
    </message>
    <message>
        <source>Dataset "%1"</source>
        <translation>数据集 "%1"</translation>
    </message>
    <message>
        <source>Dataset "%1" has no location.</source>
        <translation>数据集 "%1" 没有任何位置。</translation>
    </message>
    <message>
        <source>Policy "%1" backs up dataset "%2", which the plan does not have.</source>
        <translation>策略 "%1" 备份数据集 "%2"，但计划中没有该数据集。</translation>
    </message>
    <message>
        <source>Policy "%1": %2</source>
        <translation>策略 "%1"：%2</translation>
    </message>
    <message>
        <source>Policy "%1", verification: %2</source>
        <translation>策略 "%1"，校验：%2</translation>
    </message>
    <message>
        <source>Policy "%1" names repository "%2", which the plan does not have.</source>
        <translation>策略 "%1" 引用了仓库 "%2"，但计划中没有该仓库。</translation>
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
    <name>PlanModelCommand</name>
    <message>
        <source>%1 is not a JSON plan (%2); what-ifs need one.</source>
        <translation>%1 不是 JSON 计划（%2）；假设分析需要 JSON 计划。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2: %3 (the plan has %n error(s); run "lifeboat-cli plan check" for every problem)</source>
        <translation>
            <numerusform>%1：%2：%3（计划有 %n 个错误；运行 "lifeboat-cli plan check" 查看全部问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>Per dataset, over %1 year(s):</source>
        <translation>按数据集，%1 年内：</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>P(live lost)</source>
        <translation>P(在线数据丢失)</translation>
    </message>
    <message>
        <source>P(data lost)</source>
        <translation>P(数据丢失)</translation>
    </message>
    <message>
        <source>lost/year</source>
        <translation>每年丢失</translation>
    </message>
    <message>
        <source>RPO exp/worst</source>
        <translation>RPO 期望/最坏</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>restore/RTO</source>
        <translation>恢复/RTO</translation>
    </message>
    <message>
        <source>    largest cause: %1 (%2 a year)</source>
        <translation>    最大原因：%1（每年 %2）</translation>
    </message>
    <message>
        <source>Restoring everything, one dataset at a time in tier order:</source>
        <translation>按等级顺序逐个数据集恢复全部数据：</translation>
    </message>
    <message>
        <source>done after %1</source>
        <translation>%1 后完成</translation>
    </message>
    <message>
        <source>  (misses its RTO)</source>
        <translation>  （超出其 RTO）</translation>
    </message>
    <message>
        <source>A burst of %1 of %2 nodes: %3 copysets in the plan's placement, P(some live data lost) %4, expected %5 lost after backups.</source>
        <translation>%2 个节点中 %1 个同时故障：计划的放置中有 %3 个副本集，P(部分在线数据丢失) 为 %4，考虑备份后期望丢失 %5。</translation>
    </message>
    <message>
        <source>Repositories:</source>
        <translation>仓库：</translation>
    </message>
    <message>
        <source>not full within 10 years</source>
        <translation>10 年内不会写满</translation>
    </message>
    <message>
        <source>FULL already</source>
        <translation>已经写满</translation>
    </message>
    <message>
        <source>full in %1 days</source>
        <translation>%1 天后写满</translation>
    </message>
    <message>
        <source>%1 in a year of %2, %3</source>
        <translation>一年后 %1（容量 %2），%3</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>假设：</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>计划文件。</translation>
    </message>
    <message>
        <source>Change the plan before computing: PATH=VALUE (repeatable).</source>
        <translation>计算前修改计划：PATH=VALUE（可重复）。</translation>
    </message>
    <message>
        <source>Years over which to give loss probabilities (default 1).</source>
        <translation>给出丢失概率的年数（默认 1）。</translation>
    </message>
    <message>
        <source>Give exactly one plan file.</source>
        <translation>请给出且只给出一个计划文件。</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <source>what-if: %1</source>
        <translation>假设：%1</translation>
    </message>
    <message>
        <source>Change the plan before simulating: PATH=VALUE (repeatable).</source>
        <translation>模拟前修改计划：PATH=VALUE（可重复）。</translation>
    </message>
    <message>
        <source>Mission time of each trial, in years.</source>
        <translation>每次试验的任务时长（年）。</translation>
    </message>
    <message>
        <source>Number of trials (default 100000).</source>
        <translation>试验次数（默认 100000）。</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same result on any number of threads (default 1).</source>
        <translation>随机种子；同一种子在任意线程数下结果相同（默认 1）。</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>工作线程数（默认：每核一个）。</translation>
    </message>
    <message>
        <source>fixed (default) or exponential repair times.</source>
        <translation>修复时间为 fixed（默认，固定）或 exponential（指数分布）。</translation>
    </message>
    <message>
        <source>Confidence of the intervals (default 0.95).</source>
        <translation>区间的置信度（默认 0.95）。</translation>
    </message>
    <message>
        <source>--repair must be fixed or exponential (got "%1").</source>
        <translation>--repair 必须是 fixed 或 exponential（实际为 "%1"）。</translation>
    </message>
    <message>
        <source>--threads must be between 0 and 1024.</source>
        <translation>--threads 必须在 0 到 1024 之间。</translation>
    </message>
    <message>
        <source>Monte Carlo (%1 repair times)</source>
        <translation>蒙特卡洛（%1 修复时间）</translation>
    </message>
    <message>
        <source>%1% intervals; "analytic" is the plan model's figure for the same mission.</source>
        <translation>%1% 置信区间；“解析”为计划模型对同一任务时长给出的数值。</translation>
    </message>
    <message>
        <source>P(live lost) %1 (analytic %2); P(data lost) %3 (analytic %4)</source>
        <translation>P(在线数据丢失) %1（解析 %2）；P(数据丢失) %3（解析 %4）</translation>
    </message>
    <message>
        <source>Markov chain per dataset over its live and repository nodes (node failures, domain outages, bursts, backups); RPO/RTO; capacity</source>
        <translation>每个数据集在其在线节点与仓库节点上的马尔可夫链（节点故障、故障域停运、突发故障、备份）；RPO/RTO；容量</translation>
    </message>
    <message>
        <source>plan: %1; %L2 trials of %L3 year(s), seed %4, %L5 threads, %L6 s (%L7 node-years/s)</source>
        <translation>计划：%1；%L2 次试验，每次 %L3 年，种子 %4，%L5 个线程，%L6 秒（每秒 %L7 节点年）</translation>
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
        <translation>此处应为仓库名称，实际为%1。</translation>
    </message>
    <message>
        <source>Required field "retention" is missing: say how many snapshots to keep.</source>
        <translation>缺少必填字段“retention”：请说明要保留多少个快照。</translation>
    </message>
</context>
<context>
    <name>PlanRiskModel</name>
    <message>
        <source>The mission time must be above 0 years.</source>
        <translation>任务时长必须大于 0 年。</translation>
    </message>
    <message>
        <source>Dataset "%1": %2</source>
        <translation>数据集 "%1"：%2</translation>
    </message>
    <message>
        <source>node failures</source>
        <translation>节点故障</translation>
    </message>
    <message>
        <source>copies lost one after another (node failures, partial outages, bursts)</source>
        <translation>副本相继丢失（节点故障、部分停运、突发故障）</translation>
    </message>
    <message>
        <source>outage of %1 %2</source>
        <translation>%1 %2 停运</translation>
    </message>
    <message numerus="yes">
        <source>burst of %n node failures</source>
        <translation>
            <numerusform>%n 个节点同时故障的突发事件</numerusform>
        </translation>
    </message>
    <message>
        <source>sum of independent causes (more than %1 live and repository nodes)</source>
        <translation>独立原因之和（在线节点与仓库节点超过 %1 个）</translation>
    </message>
    <message>
        <source>Markov chain over the live and repository nodes (transient solution)</source>
        <translation>在线节点与仓库节点上的马尔可夫链（瞬态解）</translation>
    </message>
    <message>
        <source>Markov chain over the live and repository nodes (long-run rate)</source>
        <translation>在线节点与仓库节点上的马尔可夫链（长期速率）</translation>
    </message>
    <message>
        <source>Policy "%1": %2</source>
        <translation>策略 "%1"：%2</translation>
    </message>
    <message>
        <source>Retention keeps one restore point per period; capacity assumes linear growth and distinct daily changes.</source>
        <translation>保留策略每个周期保留一个恢复点；容量假定线性增长且每日变更互不重复。</translation>
    </message>
    <message>
        <source>Each dataset is a Markov chain over its live and repository nodes: nodes fail at the AFR of their role, failure-domain outages and bursts take several at once, and each node is back after its repair time (the bytes on it over the repair bandwidth), exponentially distributed.</source>
        <translation>每个数据集是其在线节点与仓库节点上的马尔可夫链：节点按其角色的 AFR 故障，故障域停运和突发故障会同时带走多个节点，每个节点在修复时间（其上字节数除以修复带宽，指数分布）后恢复。</translation>
    </message>
    <message>
        <source>Beyond %1 live and repository nodes a dataset's figures are a sum of independent causes instead, as labelled.</source>
        <translation>在线节点与仓库节点超过 %1 个时，该数据集的数值改为独立原因之和，并有相应标注。</translation>
    </message>
    <message>
        <source>Data is lost when the live data goes and no repository can restore it at that moment: its node is down, all its restore points are bad (each with probability %1; all of one repository with probability %2), or a silent corruption (%3 per repository-year) has not yet been found by verification.</source>
        <translation>当在线数据丢失且此刻没有任何仓库能恢复时数据才丢失：仓库节点宕机，其所有恢复点都损坏（每个恢复点概率 %1；同一仓库全部损坏概率 %2），或静默损坏（每仓库每年 %3 次）尚未被校验发现。</translation>
    </message>
    <message>
        <source>Restore times of %1 use the throughput their last restore drill measured (on the drill's node, one restore at a time); the others assume the plan's restore bandwidth.</source>
        <translation>%1 的恢复时间使用其上一次恢复演练测得的吞吐量（在演练节点上、一次一个恢复）；其他数据集使用计划假设的恢复带宽。</translation>
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
        <translation>仓库：%1 个</translation>
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
        <translation>仓库 %1 位于节点 %2，但它不是本计划中的节点。</translation>
    </message>
    <message>
        <source>Repository %1 has path "%2"; paths must be absolute.</source>
        <translation>仓库 %1 的路径为“%2”；路径必须是绝对路径。</translation>
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
        <translation>策略 %1 没有指定备份到哪个仓库。</translation>
    </message>
    <message>
        <source>Policy %1 backs up into repository %2, which is not a repository of this plan.</source>
        <translation>策略 %1 备份到仓库 %2，但它不是本计划中的仓库。</translation>
    </message>
    <message>
        <source>Policy %1 lists repository %2 twice; it counts as one copy.</source>
        <translation>策略 %1 两次列出了仓库 %2；它只算作一个副本。</translation>
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
        <translation>仓库 %1 没有被任何策略使用。</translation>
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
        <translation>仓库 %1 把数据集 %2 的备份放在节点 %3 上，而数据本身也在这个节点上：失去该节点会同时失去两者。</translation>
    </message>
    <message>
        <source>All %1 copies of %2 are on node %3: losing that node loses the dataset.</source>
        <translation>%2 的全部 %1 个副本都在节点 %3 上：失去该节点就会失去这个数据集。</translation>
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
        <translation>有两个仓库都名为 %1（第一个位于 %2）：名称必须唯一。</translation>
    </message>
    <message>
        <source>Two policies are named %1 (the first at %2): names must be unique.</source>
        <translation>有两条策略都名为 %1（第一条位于 %2）：名称必须唯一。</translation>
    </message>
    <message>
        <source>%1 is a probability: it must lie between 0 and 100% (got %2).</source>
        <translation>%1 是概率：必须在 0 到 100% 之间（实际为 %2）。</translation>
    </message>
    <message>
        <source>burstsPerYear cannot be negative.</source>
        <translation>burstsPerYear 不能为负数。</translation>
    </message>
    <message>
        <source>silentCorruptionsPerYear cannot be negative.</source>
        <translation>silentCorruptionsPerYear 不能为负数。</translation>
    </message>
    <message>
        <source>its shards</source>
        <translation>其分片</translation>
    </message>
    <message>
        <source>its one live copy</source>
        <translation>其唯一的在线副本</translation>
    </message>
    <message>
        <source>%1 live copies</source>
        <translation>%1 个在线副本</translation>
    </message>
    <message>
        <source>%1 and its backup</source>
        <translation>%1及其备份</translation>
    </message>
    <message>
        <source>%1 and %2 backups</source>
        <translation>%1及 %2 个备份</translation>
    </message>
    <message>
        <source>Every copy of %1 (%2) is in %3 %4: an outage of that %3 loses the dataset.</source>
        <translation>%1 的所有副本（%2）都在%3 %4 中：该%3一旦停运就会失去这个数据集。</translation>
    </message>
    <message>
        <source>Policy %1 has a bad drill schedule: %2.</source>
        <translation>策略 %1 的演练计划有误：%2。</translation>
    </message>
    <message>
        <source>Policy %1 drills on node %2, which is not a node of this plan.</source>
        <translation>策略 %1 在节点 %2 上演练，但该节点不在本计划中。</translation>
    </message>
    <message>
        <source>Policy %1 drills into "%2"; the scratch path must be absolute.</source>
        <translation>策略 %1 演练到“%2”；临时路径必须是绝对路径。</translation>
    </message>
    <message>
        <source>Policy %1 drills a sample of %2; a sample is more than 0% and at most 100% of the snapshot.</source>
        <translation>策略 %1 演练的抽样为 %2；抽样须大于 0% 且不超过快照的 100%。</translation>
    </message>
    <message>
        <source>Policy %1 drills from repository %2, which is not one of the policy's repositories.</source>
        <translation>策略 %1 从仓库 %2 进行演练，但它不是该策略的仓库。</translation>
    </message>
    <message>
        <source>Policy %1 drills into %2 on %3, which overlaps dataset %4 at %5: a drill removes what it restores, so its scratch path must hold no live data.</source>
        <translation>策略 %1 演练到 %3 上的 %2，与数据集 %4 的 %5 重叠：演练会删除它恢复的内容，所以其临时路径中不能有在线数据。</translation>
    </message>
    <message>
        <source>Policy %1 drills into %2 on %3, which overlaps repository %4 at %5: a drill removes what it restores, so its scratch path must hold no backups.</source>
        <translation>策略 %1 演练到 %3 上的 %2，与仓库 %4 的 %5 重叠：演练会删除它恢复的内容，所以其临时路径中不能有备份。</translation>
    </message>
</context>
<context>
    <name>PlanWhatIf</name>
    <message>
        <source>What-if: %1.</source>
        <translation>假设分析：%1。</translation>
    </message>
    <message>
        <source>the failure-rate factor must be 0 or more</source>
        <translation>故障率倍数必须大于或等于 0</translation>
    </message>
    <message>
        <source>the repair bandwidth must be above 0</source>
        <translation>修复带宽必须大于 0</translation>
    </message>
    <message>
        <source>the restore bandwidth must be above 0</source>
        <translation>恢复带宽必须大于 0</translation>
    </message>
    <message>
        <source>the outage rate of a %1 must be 0 or more</source>
        <translation>%1的停运率必须大于或等于 0</translation>
    </message>
    <message>
        <source>a backup every %1 h cannot be written as a cron schedule</source>
        <translation>每 %1 小时一次的备份无法写成 cron 计划</translation>
    </message>
    <message>
        <source>the daily points kept cannot be negative</source>
        <translation>保留的每日恢复点数不能为负</translation>
    </message>
    <message>
        <source>the growth factor must be 0 or more</source>
        <translation>增长倍数必须大于或等于 0</translation>
    </message>
    <message>
        <source>dedup and compression ratios are 1 or more</source>
        <translation>去重率和压缩率必须大于或等于 1</translation>
    </message>
    <message>
        <source>node failure rates × %1</source>
        <translation>节点故障率 × %1</translation>
    </message>
    <message>
        <source>repair at %1</source>
        <translation>以 %1 修复</translation>
    </message>
    <message>
        <source>restore at %1</source>
        <translation>以 %1 恢复</translation>
    </message>
    <message>
        <source>%1 outages %2 a year</source>
        <translation>%1停运每年 %2 次</translation>
    </message>
    <message>
        <source>a backup every %1 h</source>
        <translation>每 %1 小时备份一次</translation>
    </message>
    <message>
        <source>%1 daily restore points kept</source>
        <translation>保留 %1 个每日恢复点</translation>
    </message>
    <message>
        <source>growth × %1</source>
        <translation>增长 × %1</translation>
    </message>
    <message>
        <source>dedup %1:1</source>
        <translation>去重 %1:1</translation>
    </message>
    <message>
        <source>compression %1:1</source>
        <translation>压缩 %1:1</translation>
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
    <name>Protocol</name>
    <message>
        <source>Unknown op "%1".</source>
        <translation>未知操作 "%1"。</translation>
    </message>
    <message>
        <source>"params.args" must be a list of strings.</source>
        <translation>"params.args" 必须是字符串列表。</translation>
    </message>
    <message>
        <source>"params.%1" is not an option name (lower-case letters, digits and dashes).</source>
        <translation>"params.%1" 不是选项名（只能包含小写字母、数字和连字符）。</translation>
    </message>
    <message>
        <source>"params.%1" must be a string.</source>
        <translation>"params.%1" 必须是字符串。</translation>
    </message>
    <message>
        <source>"params.%1" must be a string, a number, true or a list of them.</source>
        <translation>"params.%1" 必须是字符串、数字、true 或它们的列表。</translation>
    </message>
</context>
<context>
    <name>Prune</name>
    <message>
        <source>Prune stopped before changing anything: %1</source>
        <translation>清理在做出任何更改之前停止：%1</translation>
    </message>
    <message>
        <source>Index file %1: %2</source>
        <translation>索引文件 %1：%2</translation>
    </message>
    <message>
        <source>Pack %1 is named by the index but missing; it is left out of the new index.</source>
        <translation>索引中列出了数据包 %1，但它已丢失；新索引中不再包含它。</translation>
    </message>
    <message>
        <source>blob %1, which a snapshot needs, is in no pack of the repository. Run `lifeboat-cli repo repair`.</source>
        <translation>某个快照需要的数据块 %1 不在仓库的任何数据包中。请运行 `lifeboat-cli repo repair`。</translation>
    </message>
    <message>
        <source>Prune was cancelled while repacking; the repository is valid and nothing was removed.</source>
        <translation>清理在重新打包时被取消；仓库仍然有效，没有删除任何内容。</translation>
    </message>
    <message>
        <source>Pack %1: %2 Nothing was removed; run `lifeboat-cli repo repair`.</source>
        <translation>数据包 %1：%2 没有删除任何内容；请运行 `lifeboat-cli repo repair`。</translation>
    </message>
    <message>
        <source>%1 A snapshot that cannot be read could reference any pack; run `lifeboat-cli repo repair` first.</source>
        <translation>%1 无法读取的快照可能引用任何数据包；请先运行 `lifeboat-cli repo repair`。</translation>
    </message>
    <message>
        <source>Prune was cancelled; the repository is valid, and the packs not yet removed are removed by the next prune.</source>
        <translation>清理已取消；仓库仍然有效，尚未删除的数据包会在下次清理时删除。</translation>
    </message>
</context>
<context>
    <name>Reachability</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；没有做任何更改。</translation>
    </message>
    <message>
        <source>Snapshot %1 nests directories deeper than %2 levels at %3.</source>
        <translation>快照 %1 在 %3 处的目录嵌套超过 %2 层。</translation>
    </message>
    <message>
        <source>Snapshot %1: the directory %2 cannot be read (%3). Nothing was changed; run `lifeboat-cli repo repair`.</source>
        <translation>快照 %1：无法读取目录 %2（%3）。没有做任何更改；请运行 `lifeboat-cli repo repair`。</translation>
    </message>
</context>
<context>
    <name>RecoveryModels</name>
    <message>
        <source>--data must be 1 or more and --parity 0 or more (got %1+%2).</source>
        <translation>--data 必须大于或等于 1，--parity 必须大于或等于 0（实际为 %1+%2）。</translation>
    </message>
    <message>
        <source>--afr must be a positive rate (failures per shard-year).</source>
        <translation>--afr 必须是正的故障率（每分片年的故障次数）。</translation>
    </message>
    <message>
        <source>--repair-days must be above 0 and at most 365 (got %1).</source>
        <translation>--repair-days 必须大于 0 且不超过 365（实际为 %1）。</translation>
    </message>
    <message>
        <source>Probabilities must be between 0 and 1.</source>
        <translation>概率必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>The number of kept backups must be 0 or more.</source>
        <translation>保留的备份数必须大于或等于 0。</translation>
    </message>
    <message>
        <source>--interval-hours must be above 0.</source>
        <translation>--interval-hours 必须大于 0。</translation>
    </message>
    <message>
        <source>--window-hours must be 0 or more.</source>
        <translation>--window-hours 必须大于或等于 0。</translation>
    </message>
    <message>
        <source>--bad-backup-prob must be at least 0 and below 1.</source>
        <translation>--bad-backup-prob 必须大于或等于 0 且小于 1。</translation>
    </message>
    <message>
        <source>--keep must be 1 or more.</source>
        <translation>--keep 必须大于或等于 1。</translation>
    </message>
    <message>
        <source>--bytes must be 0 or more.</source>
        <translation>--bytes 必须大于或等于 0。</translation>
    </message>
    <message>
        <source>--bandwidth-gbps must be above 0.</source>
        <translation>--bandwidth-gbps 必须大于 0。</translation>
    </message>
    <message>
        <source>--efficiency must be above 0 and at most 1.</source>
        <translation>--efficiency 必须大于 0 且不超过 1。</translation>
    </message>
    <message>
        <source>--streams must be 1 or more.</source>
        <translation>--streams 必须大于或等于 1。</translation>
    </message>
    <message>
        <source>--stream-gbps must be 0 or more.</source>
        <translation>--stream-gbps 必须大于或等于 0。</translation>
    </message>
    <message>
        <source>The check interval must be above 0.</source>
        <translation>检查间隔必须大于 0。</translation>
    </message>
    <message>
        <source>--detect-prob must be above 0 and at most 1.</source>
        <translation>--detect-prob 必须大于 0 且不超过 1。</translation>
    </message>
    <message>
        <source>--within-minutes must be 0 or more.</source>
        <translation>--within-minutes 必须大于或等于 0。</translation>
    </message>
</context>
<context>
    <name>RemoteSnapshots</name>
    <message>
        <source>The engine's answer has no list of snapshots.</source>
        <translation>引擎的回答中没有快照列表。</translation>
    </message>
    <message>
        <source>Snapshot %1 of the engine's answer has no valid id or time.</source>
        <translation>引擎回答中的第 %1 个快照没有有效的 ID 或时间。</translation>
    </message>
    <message>
        <source>Node %1 has no usable address ("%2"); nothing was sent.</source>
        <translation>节点 %1 没有可用的地址（“%2”）；未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>Repair</name>
    <message>
        <source>Repair was cancelled; the repository is valid, and running repair again finishes it.</source>
        <translation>修复已取消；仓库仍然有效，再次运行修复即可完成。</translation>
    </message>
    <message>
        <source>Index file %1 is damaged (%2): replaced by an index rebuilt from the packs.</source>
        <translation>索引文件 %1 已损坏（%2）：用从数据包重建的索引替换。</translation>
    </message>
    <message>
        <source>Pack %1: %2; %3 blob(s) known from the index are tried one by one.</source>
        <translation>数据包 %1：%2；逐一尝试索引中已知的 %3 个数据块。</translation>
    </message>
    <message>
        <source>Pack %1: %2 of %3 blob(s) are damaged; the %4 readable one(s) are copied into a new pack and the pack is removed.</source>
        <translation>数据包 %1：%3 个数据块中有 %2 个已损坏；%4 个可读的数据块被复制到新数据包中，并删除该数据包。</translation>
    </message>
    <message>
        <source>Pack %1: all %2 blob(s) known from the index are readable; they are copied into a new pack and the pack is removed.</source>
        <translation>数据包 %1：索引中已知的 %2 个数据块都可读；它们被复制到新数据包中，并删除该数据包。</translation>
    </message>
    <message>
        <source>Pack %1 is missing: the index lists %2 blob(s) in it; they are dropped from the index.</source>
        <translation>数据包 %1 已丢失：索引中列出了其中的 %2 个数据块；它们将从索引中移除。</translation>
    </message>
    <message>
        <source>%1 — kept as it is; its content cannot be trusted, so it cannot be rewritten.</source>
        <translation>%1 —— 原样保留；其内容不可信，因此无法重写。</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 needs data that is lost: it is kept, marked with %n damaged path(s) (first: %2).</source>
        <translation>
            <numerusform>快照 %1 需要的数据已丢失：快照保留，并标记了 %n 个损坏路径（第一个：%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The index does not match the packs: it is rebuilt from the packs.</source>
        <translation>索引与数据包不一致：将从数据包重建索引。</translation>
    </message>
</context>
<context>
    <name>RepoCommand</name>
    <message>
        <source>The repository (default: $LIFEBOAT_REPOSITORY).</source>
        <translation>仓库（默认：$LIFEBOAT_REPOSITORY）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Read the passphrase from FILE.</source>
        <translation>从“文件”读取口令。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>JSON lines: progress events, then one result.</source>
        <translation>JSON 行：进度事件，然后是一个结果。</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>工作线程数（默认：每个核心一个）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>lifeboat-cli repo %1: %2</source>
        <translation>lifeboat-cli repo %1：%2</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <source>Enter it again: </source>
        <translation>请再输入一次：</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>两次输入的口令不同；未做任何更改。</translation>
    </message>
    <message>
        <source>Which repository? Give --repo DIR or set LIFEBOAT_REPOSITORY.</source>
        <translation>哪个仓库？请用 --repo 目录 指定，或设置 LIFEBOAT_REPOSITORY。</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>%1 的口令：</translation>
    </message>
    <message>
        <source>Store everything unencrypted (anyone who can read the files can read the data).</source>
        <translation>不加密存储所有内容（任何能读取这些文件的人都能读取数据）。</translation>
    </message>
    <message>
        <source>zstd level 1–19 for chunks that compress (default 3).</source>
        <translation>可压缩数据块使用的 zstd 级别 1–19（默认 3）。</translation>
    </message>
    <message>
        <source>Target pack size in MiB (default 32).</source>
        <translation>目标包大小，单位 MiB（默认 32）。</translation>
    </message>
    <message>
        <source>MIB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>scrypt cost N, a power of two (default 65536: 64 MiB, ~0.2 s).</source>
        <translation>scrypt 代价参数 N，须为 2 的幂（默认 65536：64 MiB，约 0.2 秒）。</translation>
    </message>
    <message>
        <source>--compression-level must be a number from 1 to 19.</source>
        <translation>--compression-level 必须是 1 到 19 之间的数字。</translation>
    </message>
    <message>
        <source>--pack-size must be a number of MiB from 1 to 1024.</source>
        <translation>--pack-size 必须是 1 到 1024 之间的 MiB 数。</translation>
    </message>
    <message>
        <source>--scrypt-n must be a power of two from 1024 to 4194304.</source>
        <translation>--scrypt-n 必须是 1024 到 4194304 之间的 2 的幂。</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>%1 的新口令：</translation>
    </message>
    <message>
        <source>Created repository %1 at %2 (%3).</source>
        <translation>已在 %2 创建仓库 %1（%3）。</translation>
    </message>
    <message>
        <source>encrypted with AES-256-GCM</source>
        <translation>使用 AES-256-GCM 加密</translation>
    </message>
    <message>
        <source>NOT encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>Keep the passphrase safe: without it the data cannot be read by anyone, including you.</source>
        <translation>请妥善保管口令：没有它，任何人（包括您自己）都无法读取数据。</translation>
    </message>
    <message>
        <source>Leave out paths matching GLOB (repeatable).</source>
        <translation>排除匹配“通配符”的路径（可重复）。</translation>
    </message>
    <message>
        <source>GLOB</source>
        <translation>通配符</translation>
    </message>
    <message>
        <source>Do not cross into other file systems.</source>
        <translation>不跨越到其他文件系统。</translation>
    </message>
    <message>
        <source>Tag the snapshot (repeatable).</source>
        <translation>为快照添加标签（可重复）。</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Host name recorded in the snapshot.</source>
        <translation>记录在快照中的主机名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Compare with this snapshot to skip unchanged files.</source>
        <translation>与此快照比较以跳过未更改的文件。</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Read every file, even those unchanged since the parent snapshot.</source>
        <translation>读取每个文件，包括自父快照以来未更改的文件。</translation>
    </message>
    <message>
        <source>Which paths? Usage: lifeboat-cli repo backup --repo DIR PATH...</source>
        <translation>要备份哪些路径？用法：lifeboat-cli repo backup --repo 目录 路径...</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Only snapshots of this host.</source>
        <translation>只显示该主机的快照。</translation>
    </message>
    <message>
        <source>Only snapshots with this tag (repeatable: all must match).</source>
        <translation>只显示带有该标签的快照（可重复：须全部匹配）。</translation>
    </message>
    <message>
        <source>Only snapshots that include this path.</source>
        <translation>只显示包含该路径的快照。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>ID        Time                 Host             Files     Size        Paths</source>
        <translation>ID        时间                 主机             文件数    大小        路径</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli repo ls --repo DIR SNAPSHOT [PATH]</source>
        <translation>用法：lifeboat-cli repo ls --repo 目录 快照 [路径]</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli repo diff --repo DIR SNAPSHOT1 SNAPSHOT2</source>
        <translation>用法：lifeboat-cli repo diff --repo 目录 快照1 快照2</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 modified; %4 added, %5 removed.</source>
        <translation>新增 %1 项，删除 %2 项，修改 %3 项；增加 %4，减少 %5。</translation>
    </message>
    <message>
        <source>Restore into this existing directory.</source>
        <translation>恢复到这个已存在的目录。</translation>
    </message>
    <message>
        <source>Restore only paths matching GLOB (repeatable).</source>
        <translation>只恢复匹配“通配符”的路径（可重复）。</translation>
    </message>
    <message>
        <source>When a different file exists: skip (default), overwrite or rename.</source>
        <translation>已存在不同文件时：skip 跳过（默认）、overwrite 覆盖或 rename 另存。</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli repo restore --repo DIR SNAPSHOT --target DIR [--include GLOB]</source>
        <translation>用法：lifeboat-cli repo restore --repo 目录 快照 --target 目录 [--include 通配符]</translation>
    </message>
    <message>
        <source>--conflict must be skip, overwrite or rename (got "%1").</source>
        <translation>--conflict 必须是 skip、overwrite 或 rename（收到的是“%1”）。</translation>
    </message>
    <message>
        <source>The target directory %1 cannot be created.</source>
        <translation>无法创建目标目录 %1。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Restored snapshot %1 into %2: %3 files written (%4, every chunk checked), %5 already correct, %6 in conflict (%7), %8 failed.</source>
        <translation>已将快照 %1 恢复到 %2：写入 %3 个文件（%4，每个数据块都已校验），%5 个已正确，%6 个有冲突（%7），%8 个失败。</translation>
    </message>
    <message>
        <source>Read every pack and re-hash every blob.</source>
        <translation>读取每个包并重新计算每个数据块的哈希。</translation>
    </message>
    <message>
        <source>Read a random PERCENT of the packs (e.g. 10%).</source>
        <translation>随机读取“百分比”的包（例如 10%）。</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>--read-data-subset must be a percentage above 0 and at most 100.</source>
        <translation>--read-data-subset 必须是大于 0 且不超过 100 的百分比。</translation>
    </message>
    <message>
        <source>damage: %1</source>
        <translation>损坏：%1</translation>
    </message>
    <message>
        <source>These cannot be restored intact:</source>
        <translation>以下内容无法完整恢复：</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>%1 snapshots, %2 trees, %3 packs checked; %4 packs (%5) read and re-hashed.</source>
        <translation>已检查 %1 个快照、%2 个目录树、%3 个包；读取并重新计算哈希的包 %4 个（%5）。</translation>
    </message>
    <message>
        <source>No damage found: %1</source>
        <translation>未发现损坏：%1</translation>
    </message>
    <message numerus="yes">
        <source>DAMAGE FOUND: %n problem(s). %1</source>
        <translation>
            <numerusform>发现损坏：%n 个问题。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE.</source>
        <translation>从“文件”读取新口令。</translation>
    </message>
    <message>
        <source>scrypt cost N for a new key.</source>
        <translation>新密钥的 scrypt 代价参数 N。</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli repo key list|add|remove ID|passwd --repo DIR</source>
        <translation>用法：lifeboat-cli repo key list|add|remove ID|passwd --repo 目录</translation>
    </message>
    <message>
        <source>Which key? Usage: lifeboat-cli repo key remove ID</source>
        <translation>哪个密钥？用法：lifeboat-cli repo key remove ID</translation>
    </message>
    <message>
        <source>Key %1 removed.</source>
        <translation>密钥 %1 已删除。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新口令：</translation>
    </message>
    <message>
        <source>Passphrase changed: key %1 replaces key %2.</source>
        <translation>口令已更改：密钥 %1 取代了密钥 %2。</translation>
    </message>
    <message>
        <source>Key %1 added.</source>
        <translation>已添加密钥 %1。</translation>
    </message>
    <message>
        <source>lifeboat-cli: unknown repo command "%1". The repo commands are:</source>
        <translation>lifeboat-cli：未知的 repo 命令“%1”。可用的 repo 命令有：</translation>
    </message>
    <message>
        <source>warning: %1 (left out; run repo verify)</source>
        <translation>警告：%1（已略过；请运行 repo verify）</translation>
    </message>
    <message numerus="yes">
        <source>There were %n warning(s) (see above): a file or folder named in one is not in the snapshot.</source>
        <translation>
            <numerusform>共有 %n 条警告（见上文）：警告中提到的文件或文件夹不在快照中。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan's dataset this backup belongs to (retention groups by it).</source>
        <translation>本次备份所属的计划数据集（保留策略按它分组）。</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>数据集 %1</translation>
    </message>
    <message>
        <source>host %1, paths %2</source>
        <translation>主机 %1，路径 %2</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, 0 or more.</source>
        <translation>--%1 必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>Keep snapshots by this rule (see the help).</source>
        <translation>按此规则保留快照（见帮助）。</translation>
    </message>
    <message>
        <source>Keep every snapshot within DURATION of the group's newest (e.g. 7d, 36h).</source>
        <translation>保留距该组最新快照 DURATION 以内的所有快照（例如 7d、36h）。</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Keep every snapshot with this tag (repeatable).</source>
        <translation>保留带有此标签的所有快照（可重复）。</translation>
    </message>
    <message>
        <source>Only snapshots of this dataset.</source>
        <translation>仅限此数据集的快照。</translation>
    </message>
    <message>
        <source>Only show what would be kept and removed, and why.</source>
        <translation>只显示将保留和删除的内容及原因。</translation>
    </message>
    <message>
        <source>Allow the policy to remove every snapshot of a group.</source>
        <translation>允许策略删除某个分组的全部快照。</translation>
    </message>
    <message>
        <source>Run prune afterwards.</source>
        <translation>随后运行清理。</translation>
    </message>
    <message>
        <source>--keep-within must be a duration such as 7d, 36h or 90m.</source>
        <translation>--keep-within 必须是时长，例如 7d、36h 或 90m。</translation>
    </message>
    <message>
        <source>No retention rule given (--keep-last, --keep-daily, …): forget would keep everything.</source>
        <translation>未给出保留规则（--keep-last、--keep-daily 等）：forget 将保留所有快照。</translation>
    </message>
    <message>
        <source>warning: %1 (kept; run repo verify)</source>
        <translation>警告：%1（已保留；请运行 repo verify）</translation>
    </message>
    <message>
        <source>keep (%1)</source>
        <translation>保留（%1）</translation>
    </message>
    <message>
        <source>would be removed</source>
        <translation>将被删除</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Dry run: nothing was removed.</source>
        <translation>试运行：没有删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) removed; their data is freed by prune.</source>
        <translation>
            <numerusform>已删除 %n 个快照；其数据由清理（prune）释放。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewrite packs with more than PERCENT unused (default 20).</source>
        <translation>重写未使用部分超过 PERCENT 的数据包（默认 20）。</translation>
    </message>
    <message>
        <source>Leave unreferenced packs younger than DURATION (default 1h).</source>
        <translation>保留产生时间不足 DURATION 的未引用数据包（默认 1h）。</translation>
    </message>
    <message>
        <source>Only report what would be removed.</source>
        <translation>只报告将被删除的内容。</translation>
    </message>
    <message>
        <source>--repack-threshold must be a percentage from 0 to 100.</source>
        <translation>--repack-threshold 必须是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>--grace must be a duration such as 1h or 30m (or 0).</source>
        <translation>--grace 必须是时长，例如 1h 或 30m（或 0）。</translation>
    </message>
    <message>
        <source>Dry run: prune would remove %1 of %2 packs (%3 of them repacked), %4 unused blobs and %5 temporary files, reclaiming %6 of %7.</source>
        <translation>试运行：清理将删除 %2 个数据包中的 %1 个（其中 %3 个重新打包）、%4 个未使用的数据块和 %5 个临时文件，回收 %7 中的 %6。</translation>
    </message>
    <message>
        <source>Removed %1 of %2 packs (%3 of them repacked), %4 unused blobs and %5 temporary files: reclaimed %6 of %7.</source>
        <translation>已删除 %2 个数据包中的 %1 个（其中 %3 个重新打包）、%4 个未使用的数据块和 %5 个临时文件：回收了 %7 中的 %6。</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) younger than the grace age were left; a later prune removes them.</source>
        <translation>
            <numerusform>%n 个未超过宽限期的数据包被保留；以后的清理会删除它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the changes (without it, repair only reports them).</source>
        <translation>执行更改（不加此选项时，修复只报告更改）。</translation>
    </message>
    <message>
        <source>cannot repair: %1</source>
        <translation>无法修复：%1</translation>
    </message>
    <message>
        <source>Nothing to repair: %1 packs read, every blob intact and indexed.</source>
        <translation>无需修复：已读取 %1 个数据包，所有数据块完好且已编入索引。</translation>
    </message>
    <message>
        <source>Repaired: %1 blobs salvaged, %2 lost, %3 snapshots marked damaged.</source>
        <translation>已修复：抢救了 %1 个数据块，丢失 %2 个，%3 个快照被标记为损坏。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. Run again with --apply to make these changes.</source>
        <translation>试运行：没有做任何更改。加 --apply 再次运行以执行这些更改。</translation>
    </message>
    <message>
        <source>Remove every lock, also live ones (only when you know no operation runs).</source>
        <translation>删除所有锁，包括仍有效的锁（仅在确定没有操作在运行时使用）。</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>已删除：%1</translation>
    </message>
    <message>
        <source>left (its holder is alive or its heartbeat is recent): %1</source>
        <translation>保留（持有者仍在运行或心跳较新）：%1</translation>
    </message>
    <message>
        <source>The repository has no locks.</source>
        <translation>仓库没有锁。</translation>
    </message>
    <message>
        <source>SSH private key for an sftp:// repository (default: ssh-agent, then ~/.ssh).</source>
        <translation>sftp:// 仓库使用的 SSH 私钥（默认：先用 ssh-agent，再用 ~/.ssh）。</translation>
    </message>
    <message>
        <source>known_hosts file to check the server's key against (default: ~/.ssh/known_hosts).</source>
        <translation>用于核对服务器密钥的 known_hosts 文件（默认：~/.ssh/known_hosts）。</translation>
    </message>
    <message>
        <source>Trust a server not yet in known_hosts if its key has this fingerprint (SHA256:…).</source>
        <translation>如果尚未列入 known_hosts 的服务器的密钥具有此指纹（SHA256:…），则信任它。</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>ssh_config file for host aliases, user, port and keys (default: ~/.ssh/config).</source>
        <translation>用于主机别名、用户、端口和密钥的 ssh_config 文件（默认：~/.ssh/config）。</translation>
    </message>
    <message>
        <source>The repository to copy from (a directory or sftp://…).</source>
        <translation>要从中复制的仓库（目录或 sftp://…）。</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Read the source's passphrase from FILE (else $LIFEBOAT_FROM_PASSWORD).</source>
        <translation>从 FILE 读取源仓库的口令（否则用 $LIFEBOAT_FROM_PASSWORD）。</translation>
    </message>
    <message>
        <source>Copy from where? Usage: lifeboat-cli repo copy --from-repo SOURCE --repo DESTINATION [SNAPSHOT...]</source>
        <translation>从哪里复制？用法：lifeboat-cli repo copy --from-repo 源 --repo 目标 [快照...]</translation>
    </message>
    <message>
        <source>Copied %1 snapshot(s) (%2 already there): %3 chunks and trees sent (%4), %5 the destination already had.</source>
        <translation>已复制 %1 个快照（%2 个已存在）：发送了 %3 个数据块和目录树（%4），目标已有 %5 个。</translation>
    </message>
    <message>
        <source>Give --generation or --generation-file, not both.</source>
        <translation>--generation 与 --generation-file 只能给出一个。</translation>
    </message>
    <message>
        <source>The generation marker %1 cannot be read: %2</source>
        <translation>无法读取世代标记文件 %1：%2</translation>
    </message>
    <message>
        <source>The generation marker %1 is empty.</source>
        <translation>世代标记文件 %1 是空的。</translation>
    </message>
    <message>
        <source>The generation is longer than %1 characters.</source>
        <translation>世代标识超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The generation holds a character that cannot be shown (U+%1).</source>
        <translation>世代标识包含无法显示的字符（U+%1）。</translation>
    </message>
    <message>
        <source>The generation of a sharded dataset this backup holds (a checkpoint step, a run id).</source>
        <translation>本次备份所属的分片数据集世代（检查点步数、运行编号）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the generation from this marker file (its first line, e.g. a checkpoint's "latest" file).</source>
        <translation>从此标记文件读取世代（取第一行，例如检查点的 "latest" 文件）。</translation>
    </message>
    <message>
        <source>Compared %1 with snapshot %2: %3 files identical (re-hashed), %4 missing, %5 different; a restore would write %6.</source>
        <translation>已将 %1 与快照 %2 比较：%3 个文件相同（已重新计算哈希），%4 个缺失，%5 个不同；恢复将写入 %6。</translation>
    </message>
    <message>
        <source>Write at most RATE (e.g. 200MB/s) over all threads.</source>
        <translation>所有线程合计写入速度不超过 RATE（例如 200MB/s）。</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Write nothing: compare the target with the snapshot (every existing file re-hashed) and report what a restore would write.</source>
        <translation>不写入任何内容：将目标与快照比较（每个已有文件都重新计算哈希），并报告恢复将写入的内容。</translation>
    </message>
    <message>
        <source>--limit-rate must be a rate such as 200MB/s (got "%1").</source>
        <translation>--limit-rate 必须是 200MB/s 这样的速率（实际为 "%1"）。</translation>
    </message>
    <message>
        <source>Check the trees of this snapshot only (the packs are checked all the same).</source>
        <translation>只检查此快照的目录树（数据包仍全部检查）。</translation>
    </message>
    <message>
        <source>  repo init --repo DIR [--insecure-no-encryption] [--compression-level N]
  repo backup --repo DIR PATH... [--exclude GLOB] [--one-file-system] [--tag T] [--host H] [--force]
  repo snapshots --repo DIR [--host H] [--tag T] [--path P]
  repo ls --repo DIR SNAPSHOT [PATH]
  repo diff --repo DIR SNAPSHOT1 SNAPSHOT2
  repo restore --repo DIR SNAPSHOT --target DIR [--include GLOB] [--conflict skip|overwrite|rename] [--limit-rate RATE] [--dry-run]
  repo verify --repo DIR [--read-data | --read-data-subset N%] [--snapshot ID]
  repo stats --repo DIR [SNAPSHOT]
  repo key list|add|remove ID|passwd --repo DIR
  repo forget --repo DIR --keep-last N|--keep-daily N|… [--keep-within D] [--keep-tag T] [--dry-run] [--allow-empty] [--prune]
  repo prune --repo DIR [--repack-threshold PERCENT] [--grace DURATION] [--dry-run]
  repo repair --repo DIR [--apply]
  repo unlock --repo DIR [--remove-all]
  repo copy --from-repo SOURCE --repo DESTINATION [SNAPSHOT...]
  repo drill --repo DIR --dataset NAME --target DIR [--sample SHARE] [--host H] [--keep]
    A repository is a directory or sftp://[user@]host[:port]/path (--ssh-identity,
    --known-hosts, --accept-host-key SHA256:…, --ssh-config; the first two default to
    $LIFEBOAT_SSH_IDENTITY and $LIFEBOAT_KNOWN_HOSTS).
    The repository may also come from $LIFEBOAT_REPOSITORY, the passphrase from
    $LIFEBOAT_PASSWORD or --password-file FILE; otherwise it is asked for without echo.
    SNAPSHOT is an id, a unique prefix of one, or "latest". Add --json for JSON lines.
</source>
        <translation>  repo init --repo 目录 [--insecure-no-encryption] [--compression-level N]
  repo backup --repo 目录 路径... [--exclude 通配符] [--one-file-system] [--tag 标签] [--host 主机] [--force]
  repo snapshots --repo 目录 [--host 主机] [--tag 标签] [--path 路径]
  repo ls --repo 目录 快照 [路径]
  repo diff --repo 目录 快照1 快照2
  repo restore --repo 目录 快照 --target 目录 [--include 通配符] [--conflict skip|overwrite|rename] [--limit-rate 速率] [--dry-run]
  repo verify --repo 目录 [--read-data | --read-data-subset N%] [--snapshot 快照]
  repo stats --repo 目录 [快照]
  repo key list|add|remove ID|passwd --repo 目录
  repo forget --repo 目录 --keep-last N|--keep-daily N|… [--keep-within 时长] [--keep-tag 标签] [--dry-run] [--allow-empty] [--prune]
  repo prune --repo 目录 [--repack-threshold 百分比] [--grace 时长] [--dry-run]
  repo repair --repo 目录 [--apply]
  repo unlock --repo 目录 [--remove-all]
  repo copy --from-repo 源 --repo 目标 [快照...]
  repo drill --repo 目录 --dataset 名称 --target 目录 [--sample 比例] [--host 主机] [--keep]
    仓库可以是目录或 sftp://[用户@]主机[:端口]/路径（--ssh-identity、
    --known-hosts、--accept-host-key SHA256:…、--ssh-config；前两项默认取自
    $LIFEBOAT_SSH_IDENTITY 和 $LIFEBOAT_KNOWN_HOSTS）。
    仓库也可以由 $LIFEBOAT_REPOSITORY 指定，口令可以来自 $LIFEBOAT_PASSWORD
    或 --password-file 文件；否则会在不回显的情况下询问。
    快照可以是 id、id 的唯一前缀或 "latest"。加 --json 输出 JSON 行。
</translation>
    </message>
    <message>
        <source>The repository holds no snapshot of dataset %1 to drill.</source>
        <translation>仓库中没有数据集 %1 的快照可供演练。</translation>
    </message>
    <message>
        <source>The repository holds no snapshot of dataset %1 from host %2 to drill.</source>
        <translation>仓库中没有来自主机 %2 的数据集 %1 的快照可供演练。</translation>
    </message>
    <message>
        <source>Drill the newest snapshot of this dataset.</source>
        <translation>演练该数据集的最新快照。</translation>
    </message>
    <message>
        <source>Only snapshots taken on this host.</source>
        <translation>只用在该主机上创建的快照。</translation>
    </message>
    <message>
        <source>Scratch directory; the drill restores into a new folder under it and removes it.</source>
        <translation>临时目录；演练会在其下新建一个文件夹用于恢复，完成后删除它。</translation>
    </message>
    <message>
        <source>Restore this share of the snapshot's bytes (e.g. 10%; default 100%).</source>
        <translation>恢复快照字节的这一比例（例如 10%；默认 100%）。</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Leave the restored folder for inspection instead of removing it.</source>
        <translation>保留恢复出的文件夹以供检查，而不是删除它。</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli repo drill --repo DIR --dataset NAME --target DIR [--sample SHARE]</source>
        <translation>用法：lifeboat-cli repo drill --repo 目录 --dataset 名称 --target 目录 [--sample 比例]</translation>
    </message>
    <message>
        <source>--sample must be a share above 0% and at most 100% (got "%1").</source>
        <translation>--sample 必须是大于 0% 且不超过 100% 的比例（收到“%1”）。</translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation>不一致：%1</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>NOT identical</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>The restored files are left in %1.</source>
        <translation>恢复出的文件保留在 %1。</translation>
    </message>
    <message>
        <source>%1 was removed again.</source>
        <translation>%1 已重新删除。</translation>
    </message>
    <message>
        <source>%1 could not be removed completely.</source>
        <translation>%1 未能完全删除。</translation>
    </message>
    <message>
        <source>Snapshot %1 saved: %L2 files, %3 (%L4 unchanged files not read); %5 new in the repository; %L6 s.</source>
        <translation>快照 %1 已保存：%L2 个文件，%3（%L4 个未更改的文件未读取）；仓库新增 %5；用时 %L6 秒。</translation>
    </message>
    <message>
        <source>Snapshots: %L1
Files: %L2
Logical size: %3
Unique data (uncompressed): %4
Stored: %5 in %L6 packs
Deduplication: %L7×   Compression: %L8×
Index in memory: %9</source>
        <translation>快照：%L1
文件：%L2
逻辑大小：%3
唯一数据（未压缩）：%4
已存储：%5，共 %L6 个包
去重比：%L7×   压缩比：%L8×
内存中的索引：%9</translation>
    </message>
    <message>
        <source>Drill of %1 (snapshot %2): restored %L3 files (%4 of %5, %L6%) in %L7 s at %8; %L9 files read back and re-hashed: %10.</source>
        <translation>%1 的演练（快照 %2）：恢复了 %L3 个文件（%5 中的 %4，%L6%），用时 %L7 秒，速率 %8；%L9 个文件已读回并重新计算哈希：%10。</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>The repository's config file is not valid: %1.</source>
        <translation>仓库的配置文件无效：%1。</translation>
    </message>
    <message>
        <source>format version %1 is not one this engine reads</source>
        <translation>本引擎不能读取格式版本 %1</translation>
    </message>
    <message>
        <source>no repository id</source>
        <translation>没有仓库 id</translation>
    </message>
    <message>
        <source>unknown encryption "%1"</source>
        <translation>未知的加密方式“%1”</translation>
    </message>
    <message>
        <source>chunker parameters out of range</source>
        <translation>分块参数超出范围</translation>
    </message>
    <message>
        <source>compression level out of range</source>
        <translation>压缩级别超出范围</translation>
    </message>
    <message>
        <source>pack size out of range</source>
        <translation>包大小超出范围</translation>
    </message>
    <message>
        <source>%1 already holds a repository; nothing was changed.</source>
        <translation>%1 中已经有一个仓库；未做任何更改。</translation>
    </message>
    <message>
        <source>An encrypted repository needs a passphrase.</source>
        <translation>加密仓库需要口令。</translation>
    </message>
    <message>
        <source>The compression level must be between 1 and 19.</source>
        <translation>压缩级别必须在 1 到 19 之间。</translation>
    </message>
    <message>
        <source>There is no repository at %1 (no config file).</source>
        <translation>%1 处没有仓库（没有配置文件）。</translation>
    </message>
    <message>
        <source>The config of %1 says it is not encrypted, but it has keys: refusing to open it.</source>
        <translation>%1 的配置声称未加密，但它有密钥：拒绝打开。</translation>
    </message>
    <message>
        <source>The encrypted repository %1 has no key files left.</source>
        <translation>加密仓库 %1 已没有任何密钥文件。</translation>
    </message>
    <message>
        <source>The repository %1 is encrypted: a passphrase is needed.</source>
        <translation>仓库 %1 已加密：需要口令。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase does not open any of the %n key(s) of %1.</source>
        <translation>
            <numerusform>该口令无法打开 %1 的 %n 个密钥中的任何一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Blob %1 is damaged: %2</source>
        <translation>数据块 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>its content does not match its id.</source>
        <translation>其内容与其 id 不符。</translation>
    </message>
    <message>
        <source>Blob %1 is not in the index of the repository.</source>
        <translation>数据块 %1 不在仓库的索引中。</translation>
    </message>
    <message>
        <source>Pack %1: %2</source>
        <translation>包 %1：%2</translation>
    </message>
    <message>
        <source>the file is only %1 bytes long.</source>
        <translation>文件只有 %1 字节长。</translation>
    </message>
    <message>
        <source>Index file %1: %2</source>
        <translation>索引文件 %1：%2</translation>
    </message>
    <message>
        <source>%1/%2 is damaged: its content does not match its name.</source>
        <translation>%1/%2 已损坏：其内容与其名称不符。</translation>
    </message>
    <message>
        <source>%1/%2 failed its authentication check.</source>
        <translation>%1/%2 未通过认证检查。</translation>
    </message>
    <message>
        <source>Snapshot %1: %2</source>
        <translation>快照 %1：%2</translation>
    </message>
    <message>
        <source>The repository %1 has no snapshots yet.</source>
        <translation>仓库 %1 还没有快照。</translation>
    </message>
    <message>
        <source>"%1" is too short to name a snapshot: give at least 4 hex digits, or "latest".</source>
        <translation>“%1”太短，无法指定快照：请至少给出 4 个十六进制数字，或使用 "latest"。</translation>
    </message>
    <message>
        <source>No snapshot has an id starting with "%1".</source>
        <translation>没有 id 以“%1”开头的快照。</translation>
    </message>
    <message>
        <source>"%1" names %2 snapshots; give more digits.</source>
        <translation>“%1”对应 %2 个快照；请给出更多数字。</translation>
    </message>
    <message>
        <source>Key file %1 is damaged: its content does not match its name.</source>
        <translation>密钥文件 %1 已损坏：其内容与其名称不符。</translation>
    </message>
    <message>
        <source>Key file %1: %2</source>
        <translation>密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The repository %1 is not encrypted: it has no keys.</source>
        <translation>仓库 %1 未加密：它没有密钥。</translation>
    </message>
    <message>
        <source>A passphrase cannot be empty.</source>
        <translation>口令不能为空。</translation>
    </message>
    <message>
        <source>No key has an id starting with "%1".</source>
        <translation>没有 id 以“%1”开头的密钥。</translation>
    </message>
    <message>
        <source>"%1" names more than one key; give more digits.</source>
        <translation>“%1”对应多个密钥；请给出更多数字。</translation>
    </message>
    <message>
        <source>Key %1 is the one this session opened the repository with; open it with another passphrase to remove this one.</source>
        <translation>密钥 %1 是本次会话打开仓库所用的密钥；请用另一个口令打开仓库后再删除它。</translation>
    </message>
    <message>
        <source>Refusing to remove the last key: the repository could never be opened again.</source>
        <translation>拒绝删除最后一个密钥：否则仓库将再也无法打开。</translation>
    </message>
    <message>
        <source>The chunker parameters are out of range.</source>
        <translation>分块参数超出范围。</translation>
    </message>
    <message>
        <source>The pack size must be between 16 KiB and 1 GiB.</source>
        <translation>数据包大小必须在 16 KiB 到 1 GiB 之间。</translation>
    </message>
</context>
<context>
    <name>RepositoryLock</name>
    <message>
        <source>%1 lock of %2@%3 (pid %4), taken %5, last refreshed %6</source>
        <translation>%2@%3（pid %4）持有的%1锁，取得于 %5，最后刷新于 %6</translation>
    </message>
    <message>
        <source>exclusive</source>
        <translation>独占</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>A lock file is damaged or of an unknown version.</source>
        <translation>锁文件已损坏或版本未知。</translation>
    </message>
    <message>
        <source>Lock %1: %2</source>
        <translation>锁 %1：%2</translation>
    </message>
    <message>
        <source>Removed the %1: that process is no longer running.</source>
        <translation>已删除%1：该进程已不在运行。</translation>
    </message>
    <message>
        <source>The repository is locked: %1. If you are sure no such operation runs, `lifeboat-cli repo unlock` removes stale locks.</source>
        <translation>仓库已被锁定：%1。如果确定没有这样的操作在运行，可用 `lifeboat-cli repo unlock` 删除过期的锁。</translation>
    </message>
    <message>
        <source>The lock was already released.</source>
        <translation>该锁已经释放。</translation>
    </message>
    <message>
        <source>our lock file %1 was removed by another process</source>
        <translation>我们的锁文件 %1 被另一个进程删除了</translation>
    </message>
</context>
<context>
    <name>RequestSecrets</name>
    <message>
        <source>A served engine cannot prompt for a passphrase: send it in the request's "%1" parameter.</source>
        <translation>以服务方式运行的引擎无法提示输入口令：请在请求的 "%1" 参数中发送。</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>The snapshot nests directories deeper than %1 levels at %2; refused.</source>
        <translation>快照在 %2 处的目录嵌套超过 %1 层；已拒绝。</translation>
    </message>
    <message>
        <source>The directory %1 of the snapshot cannot be read: %2</source>
        <translation>无法读取快照中的目录 %1：%2</translation>
    </message>
    <message>
        <source>%1: no free name to restore beside the existing file.</source>
        <translation>%1：找不到可用的名称来在现有文件旁边恢复。</translation>
    </message>
    <message>
        <source>%1 was not restored: %2</source>
        <translation>%1 未恢复：%2</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>its chunk %1 is missing from the repository.</source>
        <translation>其数据块 %1 在仓库中缺失。</translation>
    </message>
    <message>
        <source>its chunks hold %1 bytes but the snapshot records %2.</source>
        <translation>其数据块共 %1 字节，但快照记录的是 %2 字节。</translation>
    </message>
    <message>
        <source>The hard link %1 was not restored: %2</source>
        <translation>硬链接 %1 未恢复：%2</translation>
    </message>
    <message>
        <source>The symlink %1 was not restored: %2</source>
        <translation>符号链接 %1 未恢复：%2</translation>
    </message>
    <message>
        <source>The directory %1 could not be finished: %2</source>
        <translation>目录 %1 无法完成：%2</translation>
    </message>
    <message>
        <source>The restore target %1 cannot be opened: %2</source>
        <translation>无法打开恢复目标 %1：%2</translation>
    </message>
    <message>
        <source>The directory %1 was not restored: %2</source>
        <translation>目录 %1 未恢复：%2</translation>
    </message>
    <message>
        <source>The restore was cancelled. Files already restored are complete; run it again to finish (files that are already correct are not rewritten).</source>
        <translation>恢复已取消。已恢复的文件都是完整的；再次运行即可完成（已正确的文件不会重写）。</translation>
    </message>
    <message>
        <source>%1 cannot be compared: %2</source>
        <translation>无法比较 %1：%2</translation>
    </message>
    <message>
        <source>The comparison was cancelled; nothing was written.</source>
        <translation>比较已取消；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Repository %1 is read on this computer, which node %2 cannot reach; read it on its node %3 instead.</source>
        <translation>仓库 %1 在本机读取，节点 %2 无法访问；请改为在其所在节点 %3 上读取。</translation>
    </message>
    <message>
        <source>Repository %1 is on node %2, which is not in the plan.</source>
        <translation>仓库 %1 位于节点 %2，但该节点不在计划中。</translation>
    </message>
</context>
<context>
    <name>RestorePoints</name>
    <message>
        <source>Snapshot %1 failed verification.</source>
        <translation>快照 %1 未通过校验。</translation>
    </message>
    <message>
        <source>Shard %1 (%2:%3) has no snapshot of generation %4.</source>
        <translation>分片 %1（%2:%3）没有世代 %4 的快照。</translation>
    </message>
    <message>
        <source>Shard %1 (%2:%3): snapshot %4 failed verification.</source>
        <translation>分片 %1（%2:%3）：快照 %4 未通过校验。</translation>
    </message>
    <message>
        <source>Snapshot %1 of shard %2 records no generation, so it cannot be matched with the other shards.</source>
        <translation>分片 %2 的快照 %1 没有记录世代，无法与其他分片对应。</translation>
    </message>
</context>
<context>
    <name>RestoreScope</name>
    <message>
        <source>The plan has no node "%1".</source>
        <translation>计划中没有节点“%1”。</translation>
    </message>
    <message>
        <source>The plan has no failure domain "%1".</source>
        <translation>计划中没有故障域“%1”。</translation>
    </message>
    <message>
        <source>The plan has no dataset "%1".</source>
        <translation>计划中没有数据集“%1”。</translation>
    </message>
    <message>
        <source>Say what happened first.</source>
        <translation>请先说明发生了什么。</translation>
    </message>
    <message>
        <source>A node was lost</source>
        <translation>一个节点丢失</translation>
    </message>
    <message>
        <source>A rack, room or site was lost</source>
        <translation>一个机架、机房或站点丢失</translation>
    </message>
    <message>
        <source>Files were deleted or corrupted</source>
        <translation>文件被删除或损坏</translation>
    </message>
    <message>
        <source>Roll a dataset back to an earlier state</source>
        <translation>将数据集回滚到较早的状态</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>no retention rule: everything is kept</source>
        <translation>没有保留规则：全部保留</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>rule and rank, e.g. daily 3</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最近 %1</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>%1 之内</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>标签 %1</translation>
    </message>
</context>
<context>
    <name>RetentionPreview</name>
    <message>
        <source>Policy %1: %2</source>
        <translation>策略 %1：%2</translation>
    </message>
    <message>
        <source>Policy %1: unknown time zone "%2".</source>
        <translation>策略 %1：未知的时区“%2”。</translation>
    </message>
    <message>
        <source>The schedule runs %1 times a day; only the last %2 days (of the %3 its rules reach) are simulated.</source>
        <translation>该计划每天运行 %1 次；只模拟最近 %2 天（其规则可追溯 %3 天）。</translation>
    </message>
    <message>
        <source>Simulated: one snapshot per scheduled run of %1 over the last %2 days, none failed; the rules are the engine's own (repo forget).</source>
        <translation>模拟：最近 %2 天内 %1 的每次计划运行各产生一个快照，且均未失败；保留规则与引擎自身（repo forget）相同。</translation>
    </message>
    <message>
        <source>The policy has no retention rule, so everything is kept: an empty policy never means "delete all".</source>
        <translation>该策略没有保留规则，因此全部保留：空策略绝不意味着“全部删除”。</translation>
    </message>
    <message>
        <source>The %1 snapshots of dataset %2 in %3, decided by the engine's own rules (repo forget). Nothing in the repository was changed.</source>
        <translation>%3 中数据集 %2 的 %1 个快照，按引擎自身的规则（repo forget）判定。仓库中未做任何更改。</translation>
    </message>
    <message>
        <source>%1 other snapshots of the repository belong to other datasets (or name none) and are not shown.</source>
        <translation>仓库中另有 %1 个快照属于其他数据集（或未注明数据集），未显示。</translation>
    </message>
</context>
<context>
    <name>SafeDirectory</name>
    <message>
        <source>Refused the entry name "%1" in %2: it is not a plain name.</source>
        <translation>拒绝 %2 中的条目名“%1”：它不是普通名称。</translation>
    </message>
    <message>
        <source>%1 exists and is not a directory (a symlink or a file); nothing is written through it.</source>
        <translation>%1 已存在且不是目录（是符号链接或文件）；不会经由它写入任何内容。</translation>
    </message>
    <message>
        <source>opening the directory</source>
        <translation>打开目录</translation>
    </message>
    <message>
        <source>creating the directory</source>
        <translation>创建目录</translation>
    </message>
    <message>
        <source>Refused a name that is not plain in %1.</source>
        <translation>拒绝 %1 中一个不是普通名称的名字。</translation>
    </message>
    <message>
        <source>reading the status of</source>
        <translation>读取状态</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>renaming</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Refused a symlink with a name or target that is not valid in %1.</source>
        <translation>拒绝 %1 中名称或目标无效的符号链接。</translation>
    </message>
    <message>
        <source>creating the symlink</source>
        <translation>创建符号链接</translation>
    </message>
    <message>
        <source>Refused a hard link with a name that is not plain in %1.</source>
        <translation>拒绝 %1 中名称不是普通名称的硬链接。</translation>
    </message>
    <message>
        <source>creating the hard link</source>
        <translation>创建硬链接</translation>
    </message>
    <message>
        <source>setting the owner of</source>
        <translation>设置属主</translation>
    </message>
    <message>
        <source>setting the modification time of</source>
        <translation>设置修改时间</translation>
    </message>
    <message>
        <source>reading the link</source>
        <translation>读取链接</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Where the jobs and keys are kept (default: the user's data directory).</source>
        <translation>作业和密钥的存放位置（默认：用户的数据目录）。</translation>
    </message>
    <message>
        <source>Answer in JSON.</source>
        <translation>以 JSON 回答。</translation>
    </message>
    <message>
        <source>wrong number of arguments; see lifeboat-cli --help.</source>
        <translation>参数个数不对；请看 lifeboat-cli --help。</translation>
    </message>
    <message>
        <source>Whose jobs these are (the plan and the node); they replace that owner's jobs only.</source>
        <translation>这些作业属于谁（计划和节点）；只替换该所有者的作业。</translation>
    </message>
    <message>
        <source>The jobs, a JSON list.</source>
        <translation>作业，一个 JSON 列表。</translation>
    </message>
    <message>
        <source>Read the JSON list of jobs from FILE.</source>
        <translation>从文件读取作业的 JSON 列表。</translation>
    </message>
    <message>
        <source>Only show what would change.</source>
        <translation>只显示将会改变的内容。</translation>
    </message>
    <message>
        <source>systemd-system, systemd-user, crontab or cron-file:DIR (default: what this system runs).</source>
        <translation>systemd-system、systemd-user、crontab 或 cron-file:目录（默认：本系统所用的）。</translation>
    </message>
    <message>
        <source>The run journal the jobs append to (default: the one serve keeps).</source>
        <translation>作业追加写入的运行日志（默认：serve 使用的那个）。</translation>
    </message>
    <message>
        <source>The lifeboat-cli the entries start (default: this one).</source>
        <translation>条目启动的 lifeboat-cli（默认：当前这个）。</translation>
    </message>
    <message>
        <source>--owner must be lower-case letters, digits and dashes (got "%1").</source>
        <translation>--owner 只能由小写字母、数字和短横线组成（收到“%1”）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Give the jobs with --jobs JSON or --jobs-file FILE (an empty list removes them all).</source>
        <translation>请用 --jobs JSON 或 --jobs-file 文件给出作业（空列表会删除全部作业）。</translation>
    </message>
    <message>
        <source>The jobs are not a JSON list: %1</source>
        <translation>作业不是 JSON 列表：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Only this owner's jobs.</source>
        <translation>只显示此所有者的作业。</translation>
    </message>
    <message>
        <source>The scheduler to look in (default: the one the jobs were installed into).</source>
        <translation>要查看的调度器（默认：作业安装时所用的调度器）。</translation>
    </message>
    <message>
        <source>  (NOT in %1)</source>
        <translation>  （不在 %1 中）</translation>
    </message>
    <message>
        <source>Passphrase of repository %1, for its scheduled jobs: </source>
        <translation>仓库 %1 的口令，供其定时作业使用：</translation>
    </message>
    <message>
        <source>The passphrase is empty or has a line break.</source>
        <translation>口令为空或含有换行。</translation>
    </message>
    <message>
        <source>The passphrase of %1 is in %2 (readable by this user only).</source>
        <translation>%1 的口令保存在 %2 中（仅本用户可读）。</translation>
    </message>
    <message>
        <source>The run journal to append to.</source>
        <translation>要追加写入的运行日志。</translation>
    </message>
    <message>
        <source>Run only when the job's schedule is due this minute in its own time zone.</source>
        <translation>仅当作业的调度在其自身时区的这一分钟到期时才运行。</translation>
    </message>
    <message>
        <source>Job %1 was not started: its previous run is still going.</source>
        <translation>作业 %1 未启动：它的上一次运行仍在进行。</translation>
    </message>
    <message>
        <source>%1: %2 failed (exit %3): %4</source>
        <translation>%1：%2 失败（退出码 %3）：%4</translation>
    </message>
    <message>
        <source>  schedule set --owner OWNER (--jobs JSON | --jobs-file FILE) [--dry-run] [--scheduler NAME]
                             Install a plan's jobs for this node (what `apply` sends); show the difference.
  schedule list [--owner OWNER]   The jobs installed here, and whether the scheduler has each.
  schedule run OWNER/ID       Run one installed job now (what the scheduler starts); journaled.
  schedule set-key REPOSITORY Keep a repository's passphrase on this node for its scheduled jobs (mode 0600).
</source>
        <translation>  schedule set --owner OWNER (--jobs JSON | --jobs-file FILE) [--dry-run] [--scheduler NAME]
                             为本节点安装计划的作业（apply 发送的内容）；显示差异。
  schedule list [--owner OWNER]   此处已安装的作业，以及调度器中是否有各自的条目。
  schedule run OWNER/ID       立即运行一个已安装的作业（调度器启动的就是它）；记入运行日志。
  schedule set-key REPOSITORY 在本节点保存仓库口令供定时作业使用（权限 0600）。
</translation>
    </message>
    <message>
        <source>lifeboat-cli: unknown schedule command "%1"; use set, list, run or set-key.</source>
        <translation>lifeboat-cli：未知的 schedule 子命令“%1”；请使用 set、list、run 或 set-key。</translation>
    </message>
</context>
<context>
    <name>ScheduleTimeline</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 and %2 both write to %3 at %4 (UTC): they share its disks and its lock.</source>
        <translation>%1 和 %2 都在 %4（UTC）写入 %3：它们共用该仓库的磁盘和锁。</translation>
    </message>
    <message>
        <source>%1 and %2 both cross the link %3 at %4 (UTC).</source>
        <translation>%1 和 %2 都在 %4（UTC）经过链路 %3。</translation>
    </message>
    <message>
        <source>Each run lasts the bytes changed since the last run (size × change per day × interval) over the plan's repair bandwidth.</source>
        <translation>每次运行的时长为自上次运行以来变化的字节数（大小 × 每日变化率 × 间隔）除以计划的修复带宽。</translation>
    </message>
    <message>
        <source>Runs of one policy to several repositories start together and are not counted as conflicts with each other.</source>
        <translation>同一策略写往多个仓库的运行同时开始，彼此之间不算冲突。</translation>
    </message>
    <message>
        <source>A link is the path between two top-level domains (sites); runs inside one site share no link here.</source>
        <translation>链路指两个顶层故障域（站点）之间的路径；同一站点内的运行在此不算共用链路。</translation>
    </message>
    <message>
        <source>The plan gives no repair bandwidth, so runs are drawn without a duration.</source>
        <translation>计划没有给出修复带宽，因此运行显示为没有时长。</translation>
    </message>
    <message>
        <source>More than %1 runs in this span: the rest are not shown.</source>
        <translation>此时间段内的运行超过 %1 次：其余的未显示。</translation>
    </message>
    <message>
        <source>%1 starts at %2, outside its window (%3 for %L4 h, %5).</source>
        <translation>%1 在 %2 开始，不在其时间窗口内（%3 起 %L4 小时，%5）。</translation>
    </message>
    <message>
        <source>%1 needs about %L2 h from %3 and its window closes at %4: it overruns by %L5 h.</source>
        <translation>%1 从 %3 起约需 %L2 小时，而其窗口在 %4 关闭：超出 %L5 小时。</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Job %1: %2</source>
        <translation>作业 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2 did not finish within a minute.</source>
        <translation>%1 %2 在一分钟内没有结束。</translation>
    </message>
    <message>
        <source>Job %1: "%2" is not a time zone this node knows.</source>
        <translation>作业 %1：此节点不认识时区“%2”。</translation>
    </message>
    <message>
        <source>"%1" has a line break, which a cron entry cannot carry.</source>
        <translation>“%1”含有换行，cron 条目无法容纳。</translation>
    </message>
    <message>
        <source>This node has neither systemd nor cron (no /run/systemd/system, no /etc/cron.d, no crontab program): nothing can run its jobs. Install cron, or name a scheduler with --scheduler.</source>
        <translation>此节点既没有 systemd 也没有 cron（没有 /run/systemd/system、/etc/cron.d 或 crontab 程序）：无法运行它的作业。请安装 cron，或用 --scheduler 指定调度器。</translation>
    </message>
    <message>
        <source>Unknown scheduler "%1": use systemd-system, systemd-user, crontab or cron-file:DIRECTORY.</source>
        <translation>未知的调度器“%1”：请使用 systemd-system、systemd-user、crontab 或 cron-file:目录。</translation>
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
    <message>
        <source>Rack dc1/r4 lost power; its disks did not come back.</source>
        <translation>机架 dc1/r4 断电，其磁盘没有恢复。</translation>
    </message>
    <message>
        <source>the restore wizard did not go on to the affected datasets</source>
        <translation>恢复向导没有进入受影响的数据集页面</translation>
    </message>
</context>
<context>
    <name>SecretBroker</name>
    <message>
        <source>This build of Lifeboat has no keychain. Passwords and passphrases are asked for each time and never stored.</source>
        <translation>此 Lifeboat 构建没有钥匙串。密码和口令每次都会询问，且从不保存。</translation>
    </message>
    <message>
        <source>The server asked this itself; its answer is not kept.</source>
        <translation>这是服务器自己提出的问题；其答案不会保存。</translation>
    </message>
    <message>
        <source>Logged in to %1, but the keychain did not keep the secret: %2</source>
        <translation>已登录 %1，但钥匙串未能保存该密钥信息：%2</translation>
    </message>
    <message>
        <source>%1 refused the secret stored in the keychain, and it could not be removed: %2</source>
        <translation>%1 拒绝了钥匙串中保存的密钥信息，且无法将其删除：%2</translation>
    </message>
    <message>
        <source>%1 refused the secret stored in the keychain, so it was removed; Lifeboat will ask for it at the next login.</source>
        <translation>%1 拒绝了钥匙串中保存的密钥信息，因此已将其删除；下次登录时 Lifeboat 会再次询问。</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Seconds between heartbeat lines (default 5).</source>
        <translation>心跳行之间的秒数（默认 5）。</translation>
    </message>
    <message>
        <source>Stop when the console has sent nothing for this long (default 15; 0: never).</source>
        <translation>控制台在这么长时间内未发送任何内容时停止（默认 15；0：从不）。</translation>
    </message>
    <message>
        <source>The run journal file (default: in the user's data directory).</source>
        <translation>运行日志文件（默认：位于用户数据目录）。</translation>
    </message>
    <message>
        <source>serve takes no arguments.</source>
        <translation>serve 不接受参数。</translation>
    </message>
    <message>
        <source>lifeboat-cli serve: --%1 must be a number of seconds up to 86400 (got "%2").</source>
        <translation>lifeboat-cli serve：--%1 必须是不超过 86400 的秒数（实际为 "%2"）。</translation>
    </message>
</context>
<context>
    <name>SftpStorage</name>
    <message>
        <source>Writing %1 after an earlier error.</source>
        <translation>在先前的错误之后仍在写入 %1。</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>%1 cannot be committed after an error.</source>
        <translation>出错后无法提交 %1。</translation>
    </message>
    <message>
        <source>flushing to disk</source>
        <translation>刷写到磁盘</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>renaming into place</source>
        <translation>重命名到最终位置</translation>
    </message>
    <message>
        <source>%1 offers no SFTP service (%2). OpenSSH needs a `Subsystem sftp` line in sshd_config.</source>
        <translation>%1 不提供 SFTP 服务（%2）。OpenSSH 需要在 sshd_config 中有 `Subsystem sftp` 一行。</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>%1/%2: %3 failed: %4</source>
        <translation>%1/%2：%3失败：%4</translation>
    </message>
    <message>
        <source>SFTP status %1</source>
        <translation>SFTP 状态 %1</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>seeking</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>%1/%2 is shorter than expected (%3 bytes wanted at offset %4).</source>
        <translation>%1/%2 比预期短（需要在偏移 %4 处读取 %3 字节）。</translation>
    </message>
    <message>
        <source>%1/%2 is shorter than expected.</source>
        <translation>%1/%2 比预期短。</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>reading the size of</source>
        <translation>读取大小</translation>
    </message>
    <message>
        <source>%1/%2 is %3 bytes, more than the %4 bytes such a file may have.</source>
        <translation>%1/%2 有 %3 字节，超过此类文件允许的 %4 字节。</translation>
    </message>
    <message>
        <source>reading the time of</source>
        <translation>读取时间</translation>
    </message>
    <message>
        <source>listing</source>
        <translation>列出</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>creating the directory</source>
        <translation>创建目录</translation>
    </message>
    <message>
        <source>looking for</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>%1: a second SFTP session could not be opened.</source>
        <translation>%1：无法打开另一个 SFTP 会话。</translation>
    </message>
</context>
<context>
    <name>SimultaneousFailures</name>
    <message>
        <source>--nodes must be at least 1 (got %1).</source>
        <translation>--nodes 至少为 1（实际为 %1）。</translation>
    </message>
    <message>
        <source>--replicas must be between 1 and the number of nodes, %1 (got %2).</source>
        <translation>--replicas 必须在 1 到节点数 %1 之间（实际为 %2）。</translation>
    </message>
    <message>
        <source>--failed must be between 0 and the number of nodes, %1 (got %2).</source>
        <translation>--failed 必须在 0 到节点数 %1 之间（实际为 %2）。</translation>
    </message>
    <message>
        <source>The number of copysets must be zero or more.</source>
        <translation>副本集数量必须大于或等于零。</translation>
    </message>
    <message>
        <source>Copyset Replication needs 2 or more replicas and at least as many nodes.</source>
        <translation>副本集复制需要至少 2 个副本，且节点数不少于副本数。</translation>
    </message>
    <message>
        <source>--scatter-width must be between %1 and %2 (got %3).</source>
        <translation>--scatter-width 必须在 %1 到 %2 之间（实际为 %3）。</translation>
    </message>
    <message>
        <source>%1 disjoint copysets of %2 nodes do not fit in %3 nodes.</source>
        <translation>%1 个由 %2 个节点组成的互不相交副本集无法放入 %3 个节点。</translation>
    </message>
    <message>
        <source>A %1+%2 stripe needs at least %3 nodes (got %4).</source>
        <translation>%1+%2 条带至少需要 %3 个节点（实际为 %4）。</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>The snapshot is not valid JSON: %1.</source>
        <translation>快照不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>The snapshot has an unknown version.</source>
        <translation>快照的版本未知。</translation>
    </message>
    <message>
        <source>The snapshot has no valid time or tree.</source>
        <translation>快照没有有效的时间或目录树。</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>Could not start an SSH session.</source>
        <translation>无法启动 SSH 会话。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>%1 sent no host key: %2</source>
        <translation>%1 没有发送主机密钥：%2</translation>
    </message>
    <message>
        <source>The host key of %1 is not the one in known_hosts (now %2 %3). This can mean someone is intercepting the connection. Nothing was sent. If the server's key really was replaced, remove its old line from %4 and confirm the new fingerprint.</source>
        <translation>%1 的主机密钥与 known_hosts 中的不一致（现在是 %2 %3）。这可能意味着有人在截获连接。未发送任何内容。如果服务器的密钥确实已更换，请从 %4 中删除旧的一行并确认新的指纹。</translation>
    </message>
    <message>
        <source>The host key of %1 was accepted but could not be saved to known_hosts: %2</source>
        <translation>已接受 %1 的主机密钥，但无法保存到 known_hosts：%2</translation>
    </message>
    <message>
        <source>%1 is not a known host. Its %2 key has the fingerprint %3. Check it with the server's administrator, then connect again with --accept-host-key %3.</source>
        <translation>%1 不是已知主机。它的 %2 密钥指纹为 %3。请与服务器管理员核对，然后加 --accept-host-key %3 重新连接。</translation>
    </message>
    <message>
        <source>known_hosts could not be checked for %1: %2</source>
        <translation>无法为 %1 检查 known_hosts：%2</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>%1: authentication failed: %2</source>
        <translation>%1：认证失败：%2</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>Passphrase for the key %1:</source>
        <translation>密钥 %1 的口令：</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read, or it has a passphrase and none was given.</source>
        <translation>无法读取密钥文件 %1，或它有口令但未提供口令。</translation>
    </message>
    <message>
        <source>The passphrase does not open the key %1.</source>
        <translation>该口令无法打开密钥 %1。</translation>
    </message>
    <message>
        <source>ssh-agent and the keys in ~/.ssh</source>
        <translation>ssh-agent 以及 ~/.ssh 中的密钥</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>键盘交互</translation>
    </message>
    <message>
        <source>%1 asks: %2</source>
        <translation>%1 询问：%2</translation>
    </message>
    <message>
        <source>%1 asked "%2" and no answer was given.</source>
        <translation>%1 询问了 "%2"，但没有给出回答。</translation>
    </message>
    <message>
        <source>%1 offers no way to log in that Lifeboat can use.</source>
        <translation>%1 没有提供 Lifeboat 可用的登录方式。</translation>
    </message>
    <message>
        <source>%1 accepted none of: %2 (%3).</source>
        <translation>%1 未接受以下任何一种：%2（%3）。</translation>
    </message>
</context>
<context>
    <name>SshTarget</name>
    <message>
        <source>"%1" is not a usable sftp:// address: %2</source>
        <translation>"%1" 不是可用的 sftp:// 地址：%2</translation>
    </message>
    <message>
        <source>expected sftp://[user@]host[:port]/path</source>
        <translation>应为 sftp://[用户@]主机[:端口]/路径</translation>
    </message>
    <message>
        <source>the host name is not valid</source>
        <translation>主机名无效</translation>
    </message>
    <message>
        <source>the user name is not valid</source>
        <translation>用户名无效</translation>
    </message>
    <message>
        <source>a password does not belong in the address; use a key or the keychain</source>
        <translation>地址中不应包含密码；请使用密钥或钥匙串</translation>
    </message>
    <message>
        <source>the path must be absolute</source>
        <translation>路径必须是绝对路径</translation>
    </message>
</context>
<context>
    <name>SshTransport</name>
    <message>
        <source>%1: could not open a channel: %2</source>
        <translation>%1：无法打开通道：%2</translation>
    </message>
    <message>
        <source>%1: could not open a session channel: %2</source>
        <translation>%1：无法打开会话通道：%2</translation>
    </message>
    <message>
        <source>%1: could not start the engine: %2</source>
        <translation>%1：无法启动引擎：%2</translation>
    </message>
    <message>
        <source>%1: the connection is closed.</source>
        <translation>%1：连接已关闭。</translation>
    </message>
    <message>
        <source>%1: the connection broke while sending: %2</source>
        <translation>%1：发送时连接中断：%2</translation>
    </message>
    <message>
        <source>%1: the connection broke: %2</source>
        <translation>%1：连接中断：%2</translation>
    </message>
    <message>
        <source>%1: the engine closed the connection.</source>
        <translation>%1：引擎关闭了连接。</translation>
    </message>
    <message>
        <source>%1: the engine ended: %2</source>
        <translation>%1：引擎已结束：%2</translation>
    </message>
    <message>
        <source>%1 has no Lifeboat engine that can run (looked for lifeboat-cli in ~/.local/bin and on PATH): %2</source>
        <translation>%1 上没有可运行的 Lifeboat 引擎（已在 ~/.local/bin 和 PATH 中查找 lifeboat-cli）：%2</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>No terminal to ask for the passphrase on: set LIFEBOAT_PASSWORD or use --password-file.</source>
        <translation>没有可用来询问口令的终端：请设置 LIFEBOAT_PASSWORD 或使用 --password-file。</translation>
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
    <name>TreeFormat</name>
    <message>
        <source>A tree object is not valid CBOR: %1.</source>
        <translation>一个目录树对象不是有效的 CBOR：%1。</translation>
    </message>
    <message>
        <source>A tree object has an unknown version.</source>
        <translation>一个目录树对象的版本未知。</translation>
    </message>
    <message>
        <source>A tree object has more than %1 entries.</source>
        <translation>一个目录树对象的条目超过 %1 个。</translation>
    </message>
    <message>
        <source>A tree entry is not a map.</source>
        <translation>一个目录树条目不是映射。</translation>
    </message>
    <message>
        <source>A tree entry has the name "%1", which is not a plain file name; the tree is refused.</source>
        <translation>一个目录树条目的名称是“%1”，它不是普通文件名；已拒绝该目录树。</translation>
    </message>
    <message>
        <source>The tree entry "%1" is out of order or appears twice.</source>
        <translation>目录树条目“%1”顺序错误或出现了两次。</translation>
    </message>
    <message>
        <source>The tree entry "%1" has an unknown type.</source>
        <translation>目录树条目“%1”的类型未知。</translation>
    </message>
    <message>
        <source>The file entry "%1" has no valid size or content list.</source>
        <translation>文件条目“%1”没有有效的大小或内容列表。</translation>
    </message>
    <message>
        <source>The directory entry "%1" has no subtree.</source>
        <translation>目录条目“%1”没有子树。</translation>
    </message>
    <message>
        <source>The symlink entry "%1" has no valid target.</source>
        <translation>符号链接条目“%1”没有有效的目标。</translation>
    </message>
    <message>
        <source>The tree entry "%1" has a number that is not an integer.</source>
        <translation>目录树条目 "%1" 中有一个不是整数的数值。</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>Pack %1 is missing: the index lists %2 blob(s) in it.</source>
        <translation>包 %1 缺失：索引中列出它包含 %2 个数据块。</translation>
    </message>
    <message>
        <source>Blob %1: the index and the header of pack %2 disagree.</source>
        <translation>数据块 %1：索引与包 %2 的包头不一致。</translation>
    </message>
    <message>
        <source>snapshot %1: %2 (directory)</source>
        <translation>快照 %1：%2（目录）</translation>
    </message>
    <message>
        <source>Snapshot %1: the directory %2 cannot be read: %3</source>
        <translation>快照 %1：无法读取目录 %2：%3</translation>
    </message>
    <message>
        <source>Snapshot %1: chunk %2 of %3 is not in the repository.</source>
        <translation>快照 %1：%3 的数据块 %2 不在仓库中。</translation>
    </message>
    <message>
        <source>snapshot %1: %2</source>
        <translation>快照 %1：%2</translation>
    </message>
    <message>
        <source>Pack %1 cannot be read: %2</source>
        <translation>无法读取包 %1：%2</translation>
    </message>
    <message>
        <source>Pack %1: %2</source>
        <translation>包 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) are not in any index (left by an interrupted backup); no snapshot needs them.</source>
        <translation>
            <numerusform>有 %n 个包不在任何索引中（中断的备份留下的）；没有快照需要它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was changed.</source>
        <translation>检查已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Snapshot %1 nests directories deeper than %2 levels at %3.</source>
        <translation>快照 %1 在 %3 处的目录嵌套超过 %2 层。</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 was repaired: %n path(s) in it are marked damaged and cannot be restored intact.</source>
        <translation>
            <numerusform>快照 %1 已修复：其中 %n 个路径被标记为损坏，无法完整恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>"[" without "]" in "%1".</source>
        <translation>"%1" 中的 "[" 没有对应的 "]"。</translation>
    </message>
    <message>
        <source>Empty "[]" in "%1".</source>
        <translation>"%1" 中有空的 "[]"。</translation>
    </message>
    <message>
        <source>Expected "." or "[" at position %1 of "%2".</source>
        <translation>"%2" 的第 %1 个位置应为 "." 或 "["。</translation>
    </message>
    <message>
        <source>An empty key in "%1".</source>
        <translation>"%1" 中有空键。</translation>
    </message>
    <message>
        <source>The path is empty.</source>
        <translation>路径为空。</translation>
    </message>
    <message>
        <source>%1: not an object, so it has no key "%2".</source>
        <translation>%1：不是对象，因此没有键 "%2"。</translation>
    </message>
    <message>
        <source>%1: no such field.</source>
        <translation>%1：没有该字段。</translation>
    </message>
    <message>
        <source>%1: not a list.</source>
        <translation>%1：不是列表。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the list has %n element(s).</source>
        <translation>
            <numerusform>%1：该列表有 %n 个元素。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no element is named "%2".</source>
        <translation>%1：没有名为 "%2" 的元素。</translation>
    </message>
    <message>
        <source>A what-if must look like PATH=VALUE (got "%1").</source>
        <translation>假设分析必须形如 PATH=VALUE（实际为 "%1"）。</translation>
    </message>
    <message>
        <source>What-if "%1": %2</source>
        <translation>假设分析 "%1"：%2</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>[%L1%] %2 of %3, %4, ETA %5, files %L6/%L7 %8</source>
        <translation>[%L1%] %2 / %3，%4，剩余 %5，文件 %L6/%L7 %8</translation>
    </message>
</context>
<context>
    <name>lifeboat::fleet::JobRunner</name>
    <message>
        <source>The connection was lost.</source>
        <translation>连接已断开。</translation>
    </message>
</context>
<context>
    <name>lifeboat::fleet::SessionWorker</name>
    <message>
        <source>The session is not open.</source>
        <translation>会话尚未打开。</translation>
    </message>
</context>
<context>
    <name>lifeboat::readable</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%L1s</source>
        <translation>%L1秒</translation>
    </message>
    <message>
        <source>%L1w</source>
        <translation>%L1周</translation>
    </message>
    <message>
        <source>%L1d</source>
        <translation>%L1天</translation>
    </message>
    <message>
        <source>%L1h</source>
        <translation>%L1小时</translation>
    </message>
    <message>
        <source>%L1m</source>
        <translation>%L1分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>%L1 min</source>
        <translation>%L1 分钟</translation>
    </message>
    <message>
        <source>%L1 h</source>
        <translation>%L1 小时</translation>
    </message>
    <message>
        <source>%L1 d</source>
        <translation>%L1 天</translation>
    </message>
    <message>
        <source>&lt; 1e-15</source>
        <translation>&lt; 1e-15</translation>
    </message>
</context>
<context>
    <name>lifeboat::schedule::CronFileScheduler</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>无法删除 %1。</translation>
    </message>
</context>
<context>
    <name>lifeboat::schedule::CrontabScheduler</name>
    <message>
        <source>crontab refused the new table: %1</source>
        <translation>crontab 拒绝了新的表：%1</translation>
    </message>
    <message>
        <source>crontab -l failed: %1</source>
        <translation>crontab -l 失败：%1</translation>
    </message>
</context>
<context>
    <name>lifeboat::schedule::SystemdScheduler</name>
    <message>
        <source>These are systemd user timers of %1, which run only while %1 is logged in: run "loginctl enable-linger %1" on the node so they run always.</source>
        <translation>这些是 %1 的 systemd 用户定时器，只在 %1 登录时运行：请在节点上运行“loginctl enable-linger %1”，让它们始终运行。</translation>
    </message>
    <message>
        <source>systemctl %1 failed: %2</source>
        <translation>systemctl %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ActivityModel</name>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>发起人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Apply plan</source>
        <translation>应用计划</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ActivityStore</name>
    <message>
        <source>The console stopped while this ran; what it last knew: %1</source>
        <translation>此操作运行时控制台已停止；最后已知的状态：%1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>尚无</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the activity log %1 could not be read and are not shown.</source>
        <translation>
            <numerusform>活动记录 %1 中有 %n 行无法读取，未显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ActivityView</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>校验(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Res&amp;ume Restore…</source>
        <translation>继续恢复(&amp;U)…</translation>
    </message>
    <message>
        <source>Runs a restore that stopped again: files already correct are skipped.</source>
        <translation>重新运行已停止的恢复：已正确的文件会被跳过。</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>无法写入报告 %1：%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;No operation yet. Restore, Back Up Now and Verify start from the toolbar above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;还没有任何操作。恢复、立即备份和校验都可以从上方工具栏开始。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::AlertModel</name>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>产生时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>解除时间</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::AlertMonitor</name>
    <message>
        <source>A test from the Lifeboat console: if you read this, alerts will reach you here.</source>
        <translation>来自 Lifeboat 控制台的测试：如果你看到这条消息，告警就会发送到这里。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::AlertsView</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Mark the selected alert as seen; it stays until its cause is gone.</source>
        <translation>将所选告警标记为已查看；在其原因消除之前它会一直保留。</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>显示历史(&amp;H)</translation>
    </message>
    <message>
        <source>Alerts come from each fleet check (Fleet ▸ Check Fleet): a dataset past or near its RPO, a failed backup, a failed verification, a nearly full repository, an unreachable node. Double-click one (or press Enter) to go to its object.</source>
        <translation>告警来自每次集群检查（集群 ▸ 检查集群）：超出或接近 RPO 的数据集、失败的备份、失败的校验、将满的仓库、不可达的节点。双击某条告警（或按回车）可转到其对象。</translation>
    </message>
    <message>
        <source>https://chat.example.org/hooks/…</source>
        <translation>https://chat.example.org/hooks/…</translation>
    </message>
    <message>
        <source>&amp;Send each new alert here (HTTP POST of a JSON document)</source>
        <translation>将每条新告警发送到这里(&amp;S)（以 HTTP POST 发送 JSON 文档）</translation>
    </message>
    <message>
        <source>Send &amp;Test</source>
        <translation>发送测试(&amp;T)</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ApplyChangesModel</name>
    <message numerus="yes">
        <source>%n node(s): </source>
        <translation>
            <numerusform>%n 个节点：</numerusform>
        </translation>
    </message>
    <message>
        <source>every node that answered runs the plan's schedule now</source>
        <translation>所有应答的节点现在都按计划的调度运行</translation>
    </message>
    <message numerus="yes">
        <source>%n to change</source>
        <translation>
            <numerusform>%n 个待更改</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 job(s) to add, %2 to change, %3 to remove)</source>
        <translation>（%1 个作业待添加，%2 个待更改，%3 个待删除）</translation>
    </message>
    <message numerus="yes">
        <source>; %n applied</source>
        <translation>
            <numerusform>；%n 个已应用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be asked or applied</source>
        <translation>
            <numerusform>；%n 个无法询问或应用</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>正在询问…</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>To change</source>
        <translation>待更改</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The node showed a host key that is not in known_hosts (%1): check it and trust it in Fleet ▸ Status, then check again.</source>
        <translation>该节点出示的主机密钥不在 known_hosts 中（%1）：请核对后在“机群 ▸ 状态”中信任它，然后再检查一次。</translation>
    </message>
    <message>
        <source>Node / job</source>
        <translation>节点 / 作业</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ApplyPlanDialog</name>
    <message>
        <source>Apply Plan to Fleet</source>
        <translation>把计划应用到机群</translation>
    </message>
    <message>
        <source>optional: a ticket or a sentence, kept in the Activity view</source>
        <translation>可选：工单号或一句话，保存在“活动”视图中</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>再次检查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Apply the schedule of %1 to %n node(s)</source>
        <translation>
            <numerusform>把 %1 的调度应用到 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: applied (%2)</source>
        <translation>%1：已应用（%2）</translation>
    </message>
    <message>
        <source>%1: FAILED: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <source>The plan's jobs are installed on every node that needed a change.</source>
        <translation>计划的作业已安装到每个需要更改的节点。</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) could not be changed and run what they ran before; the others are applied.</source>
        <translation>
            <numerusform>%n 个节点无法更改，仍运行原来的作业；其余节点已应用。</numerusform>
        </translation>
    </message>
    <message>
        <source>The Activity log could not be written: %1</source>
        <translation>无法写入活动记录：%1</translation>
    </message>
    <message>
        <source>%1 of %2 node(s) answered</source>
        <translation>%2 个节点中 %1 个已应答</translation>
    </message>
    <message>
        <source>The plan has no nodes.</source>
        <translation>计划中没有节点。</translation>
    </message>
    <message>
        <source>Stopping: waiting for the nodes being asked to answer…</source>
        <translation>正在停止：等待正在询问的节点应答…</translation>
    </message>
    <message>
        <source>Each node is asked what applying the plan changes in its scheduler (systemd timers, else cron): its backups and the copies of them, verifications, retention with prune, and restore drills. Nothing changes until you press Apply; then only the nodes listed as "To change" are changed, each on its own.</source>
        <translation>会询问每个节点：应用计划会在其调度器（systemd 定时器，否则 cron）中改变什么：它的备份及其复制、校验、保留策略与清理，以及恢复演练。在按下“应用”之前不会改变任何东西；之后只改变列为“待更改”的节点，每个节点各自独立。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::BackupWizard</name>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>&amp;Datasets:</source>
        <translation>数据集(&amp;D)：</translation>
    </message>
    <message>
        <source>Each location of a ticked dataset is backed up to the repository chosen below, tagged with the dataset and the node.</source>
        <translation>所选数据集的每个位置都会备份到下方选择的仓库，并标记数据集和节点。</translation>
    </message>
    <message>
        <source>each location's node, over SSH</source>
        <translation>每个位置所在的节点，通过 SSH</translation>
    </message>
    <message>
        <source>this computer (the paths are mounted here)</source>
        <translation>本机（这些路径已挂载在本机）</translation>
    </message>
    <message>
        <source>to repository %1 (%2:%3)</source>
        <translation>到仓库 %1（%2:%3）</translation>
    </message>
    <message>
        <source>generation, e.g. a checkpoint step (optional; shards of one generation restore together)</source>
        <translation>世代，例如检查点步数（可选；同一世代的各分片会一起恢复）</translation>
    </message>
    <message>
        <source>&amp;Start Backup</source>
        <translation>开始备份(&amp;S)</translation>
    </message>
    <message>
        <source>Back up %1</source>
        <translation>备份 %1</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2 上的 %1：%3</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>%1: snapshot %2, %3 files, %4 new in the repository%5.</source>
        <translation>%1：快照 %2，%3 个文件，仓库新增 %4%5。</translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) could not be read</source>
        <translation>
            <numerusform>；%n 个文件无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::CapacityTableModel</name>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>First backups</source>
        <translation>首次备份后</translation>
    </message>
    <message>
        <source>In 12 months</source>
        <translation>12 个月后</translation>
    </message>
    <message>
        <source>In 24 months</source>
        <translation>24 个月后</translation>
    </message>
    <message>
        <source>Full on</source>
        <translation>写满日期</translation>
    </message>
    <message>
        <source>Projected from each dataset's size, growth and daily change, the restore points retention keeps, and the dedup and compression ratios (CapacityModel, docs/models.md).</source>
        <translation>根据各数据集的大小、增长和每日变化量、保留策略留下的恢复点以及去重率和压缩率推算（CapacityModel，见 docs/models.md）。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>no capacity set</source>
        <translation>未设置容量</translation>
    </message>
    <message>
        <source>not within 10 years</source>
        <translation>10 年内不会写满</translation>
    </message>
    <message>
        <source>full already</source>
        <translation>已满</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::CapacityView</name>
    <message>
        <source>What if…</source>
        <translation>假设…</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>尚无数值。</translation>
    </message>
    <message>
        <source>No figures: %1 Fix the plan (see Problems) or the what-if.</source>
        <translation>没有数值：%1 请修正计划（见“问题”）或假设条件。</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>没有数值</translation>
    </message>
    <message>
        <source>The plan as it is: projected from the first full backups, month by month.</source>
        <translation>按计划原样：从首次完整备份起逐月推算。</translation>
    </message>
    <message>
        <source>What if: %1.</source>
        <translation>假设：%1。</translation>
    </message>
    <message>
        <source>The plan has no repositories.</source>
        <translation>计划中没有仓库。</translation>
    </message>
    <message>
        <source>%1 capacity</source>
        <translation>%1 容量</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Stored (TB)</source>
        <translation>已存储（TB）</translation>
    </message>
    <message>
        <source>Repository usage over 24 months (dashed: capacity)</source>
        <translation>未来 24 个月的仓库用量（虚线：容量）</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ChartPanel</name>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::DomainFailurePanel</name>
    <message>
        <source>Back to Normal</source>
        <translation>恢复正常</translation>
    </message>
    <message>
        <source>Stop the what-if: the domain is up again</source>
        <translation>结束假设：该故障域重新上线</translation>
    </message>
    <message>
        <source>What if %1 fails: computing…</source>
        <translation>如果 %1 故障：正在计算…</translation>
    </message>
    <message>
        <source>What if %1 fails: no answer. %2</source>
        <translation>如果 %1 故障：无法得出结果。%2</translation>
    </message>
    <message numerus="yes">
        <source>What if %1 fails: %n node(s) down</source>
        <translation>
            <numerusform>如果 %1 故障：%n 个节点停机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) affected</source>
        <translation>
            <numerusform>%n 个数据集受影响</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to restore</source>
        <translation>
            <numerusform>%n 个需要恢复</numerusform>
        </translation>
    </message>
    <message>
        <source>LOST FOR GOOD (no copy and no backup outside %1): %2</source>
        <translation>永久丢失（%1 之外没有副本也没有备份）：%2</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::DomainImpactModel</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Copies lost</source>
        <translation>丢失的副本</translation>
    </message>
    <message>
        <source>Backups lost</source>
        <translation>丢失的备份</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>恢复来源</translation>
    </message>
    <message>
        <source>Restore time</source>
        <translation>恢复用时</translation>
    </message>
    <message>
        <source>Done after</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Loss / year before</source>
        <translation>之前的年丢失概率</translation>
    </message>
    <message>
        <source>Loss / year while down</source>
        <translation>停机期间的年丢失概率</translation>
    </message>
    <message>
        <source>Within its RTO.</source>
        <translation>在其 RTO 之内。</translation>
    </message>
    <message>
        <source>Misses its RTO of %1.</source>
        <translation>未达到其 %1 的 RTO。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 个中的 %1 个</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not needed: a copy is left</source>
        <translation>无需恢复：仍有副本</translation>
    </message>
    <message>
        <source>LOST: no backup survives</source>
        <translation>已丢失：没有幸存的备份</translation>
    </message>
    <message>
        <source>%1 (point at most %2 old)</source>
        <translation>%1（恢复点最多 %2 前）</translation>
    </message>
    <message>
        <source>%1 (RTO missed)</source>
        <translation>%1（未达 RTO）</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>已丢失</translation>
    </message>
    <message>
        <source>being restored</source>
        <translation>正在恢复</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::FleetConnections</name>
    <message>
        <source>The keychain kept secrets of a deleted node: %1</source>
        <translation>钥匙串中仍保留着已删除节点的密钥信息：%1</translation>
    </message>
    <message>
        <source>%1 is neither a lifeboat-cli program nor an engine bundle folder.</source>
        <translation>%1 既不是 lifeboat-cli 程序，也不是引擎包文件夹。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::FleetStatusModel</name>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Least free space</source>
        <translation>最少可用空间</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>最近备份</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Asking %1 for its status…</source>
        <translation>正在询问 %1 的状态…</translation>
    </message>
    <message>
        <source>Not checked yet: use Check Fleet (F5).</source>
        <translation>尚未检查：请使用“检查集群”（F5）。</translation>
    </message>
    <message>
        <source>no paths of the plan</source>
        <translation>没有计划中的路径</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上剩余 %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>%1: missing (%2 free where it would be created)</source>
        <translation>%1：不存在（将要创建的位置剩余 %2）</translation>
    </message>
    <message>
        <source>%1: %2 free of %3</source>
        <translation>%1：共 %3，剩余 %2</translation>
    </message>
    <message>
        <source>Past the RPO of: %1. The age is that of the newest successful backup run in the node's journal.</source>
        <translation>已超过以下数据集的 RPO：%1。时间取自节点运行日志中最近一次成功的备份。</translation>
    </message>
    <message>
        <source>The newest successful backup run in the node's journal.</source>
        <translation>节点运行日志中最近一次成功的备份。</translation>
    </message>
    <message>
        <source>lifeboat-cli %1, protocol %2, on %3</source>
        <translation>lifeboat-cli %1，协议 %2，位于 %3</translation>
    </message>
    <message>
        <source>%L1 min ago</source>
        <translation>%L1 分钟前</translation>
    </message>
    <message>
        <source>%L1 h ago</source>
        <translation>%L1 小时前</translation>
    </message>
    <message>
        <source>%L1 days ago</source>
        <translation>%L1 天前</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::FleetStatusView</name>
    <message>
        <source>Check Fleet</source>
        <translation>检查集群</translation>
    </message>
    <message>
        <source>Ask every node of the plan for its status over SSH (F5)</source>
        <translation>通过 SSH 询问计划中每个节点的状态（F5）</translation>
    </message>
    <message>
        <source>Check Selected</source>
        <translation>检查所选节点</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Nodes being asked finish within their timeouts; the others are not asked</source>
        <translation>正在询问的节点会在各自的超时内结束；其余节点不再询问</translation>
    </message>
    <message>
        <source>Trust Host Keys…</source>
        <translation>信任主机密钥…</translation>
    </message>
    <message>
        <source>Compare and trust the keys of nodes not yet in known_hosts. A changed key cannot be trusted here.</source>
        <translation>核对并信任尚未列入 known_hosts 的节点密钥。已变更的密钥无法在此信任。</translation>
    </message>
    <message>
        <source>Install Engine…</source>
        <translation>安装引擎…</translation>
    </message>
    <message>
        <source>Filter by node, address, state or reason</source>
        <translation>按节点、地址、状态或原因筛选</translation>
    </message>
    <message>
        <source>%v of %m nodes</source>
        <translation>%m 个节点中的 %v 个</translation>
    </message>
    <message>
        <source>The engine was installed on %1.</source>
        <translation>已在 %1 上安装引擎。</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 nodes answered before the check was stopped.</source>
        <translation>已停止：检查停止前，%2 个节点中有 %1 个应答。</translation>
    </message>
    <message>
        <source>Trusting %1 and checking again; the keys go to %2.</source>
        <translation>正在信任 %1 并重新检查；密钥写入 %2。</translation>
    </message>
    <message>
        <source>The engine path on the nodes is set to %1; the console installs only to a path ending in lifeboat-cli.</source>
        <translation>节点上的引擎路径设置为 %1；控制台只能安装到以 lifeboat-cli 结尾的路径。</translation>
    </message>
    <message>
        <source>Could not install the engine on %1: %2</source>
        <translation>无法在 %1 上安装引擎：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1 个</translation>
    </message>
    <message>
        <source>The plan has no nodes.</source>
        <translation>计划中没有节点。</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s): %1</source>
        <translation>
            <numerusform>%n 个节点：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Use Engine &amp;Bundle…</source>
        <translation>使用引擎包(&amp;B)…</translation>
    </message>
    <message>
        <source>Install a self-contained engine bundle (packaging/linux/engine-bundle.sh) instead of this console's lifeboat-cli</source>
        <translation>安装自包含的引擎包（packaging/linux/engine-bundle.sh），而不是本控制台的 lifeboat-cli</translation>
    </message>
    <message>
        <source>Engine Bundle Folder (lifeboat-engine-…)</source>
        <translation>引擎包文件夹（lifeboat-engine-…）</translation>
    </message>
    <message>
        <source>Install Engine now installs the bundle %1 (every file checked against its SHA256SUMS).</source>
        <translation>“安装引擎”现在会安装引擎包 %1（每个文件都按其 SHA256SUMS 校验）。</translation>
    </message>
    <message>
        <source>Use This Console's &amp;Engine</source>
        <translation>使用本控制台的引擎(&amp;E)</translation>
    </message>
    <message>
        <source>Install Engine now installs %1.</source>
        <translation>“安装引擎”现在会安装 %1。</translation>
    </message>
    <message>
        <source>Put %1 on the selected nodes that have none or an outdated one</source>
        <translation>把 %1 安装到所选的没有引擎或引擎过旧的节点上</translation>
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
    <message>
        <source>&amp;Delete Node</source>
        <translation>删除节点(&amp;D)</translation>
    </message>
    <message>
        <source>What If This Domain &amp;Fails</source>
        <translation>假设此故障域失效(&amp;F)</translation>
    </message>
    <message>
        <source>Every node at or below the selected domain goes down: see what is lost, restored from where, and by when</source>
        <translation>所选故障域及其下的所有节点停机：查看会丢失什么、从哪里恢复以及何时恢复完成</translation>
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
    <message>
        <source>Domains and Nodes</source>
        <translation>故障域与节点</translation>
    </message>
    <message>
        <source>Live Status</source>
        <translation>实时状态</translation>
    </message>
    <message>
        <source>Not built yet: browsing snapshots in the console. The engine lists, compares and verifies them: "lifeboat-cli repo snapshots", "repo diff", "repo verify".</source>
        <translation>尚未实现：在控制台中浏览快照。引擎已能列出、比较和校验快照：“lifeboat-cli repo snapshots”、“repo diff”、“repo verify”。</translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation>集群(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;What If</source>
        <translation>假设(&amp;W)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Retention Preview</source>
        <translation>保留预览</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Lifeboat: %1</source>
        <translation>Lifeboat：%1</translation>
    </message>
    <message>
        <source>A&amp;pply Plan to Fleet…</source>
        <translation>把计划应用到机群(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Install the plan's backups, copies, verifications and retention on its nodes, after showing each node's difference.</source>
        <translation>先显示每个节点的差异，再把计划的备份、复制、校验和保留策略安装到各节点。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes the next time Lifeboat starts.</source>
        <translation>语言将在下次启动 Lifeboat 时更改。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ObjectFormDialog</name>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>编辑%1 %2</translation>
    </message>
    <message>
        <source>In the plan: %1</source>
        <translation>计划中已有：%1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>* required. Sizes, durations and shares are written as in a plan file: 30 TB, 4h, 0.5%.</source>
        <translation>* 为必填。大小、时长和占比的写法与计划文件相同：30 TB、4h、0.5%。</translation>
    </message>
    <message>
        <source>Renaming also updates %1.</source>
        <translation>重命名还会更新 %1。</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>添加%1 %2</translation>
    </message>
    <message>
        <source>Rename %1 %2 to %3</source>
        <translation>将%1 %2 重命名为 %3</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::OperationRun</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: started.</source>
        <translation>%1：已开始。</translation>
    </message>
    <message>
        <source>%1: finished (exit %2).</source>
        <translation>%1：已结束（退出码 %2）。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::OperationWizard</name>
    <message>
        <source>Node %1 is not in the plan.</source>
        <translation>节点 %1 不在计划中。</translation>
    </message>
    <message>
        <source>This console has no fleet connections set up; node %1 cannot be reached.</source>
        <translation>此控制台没有配置集群连接，无法访问节点 %1。</translation>
    </message>
    <message>
        <source>Node %1 has no usable address ("%2"); nothing was sent.</source>
        <translation>节点 %1 没有可用的地址（“%2”）；未发送任何内容。</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 files. Nothing already there was lost; run it again to finish.</source>
        <translation>在 %2 个文件中完成 %1 个后停止。原有内容没有丢失；再次运行即可完成。</translation>
    </message>
    <message>
        <source>The PDF report %1 could not be written.</source>
        <translation>无法写入 PDF 报告 %1。</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>无法写入报告 %1：%2</translation>
    </message>
    <message>
        <source>The wizard was closed while the run was going: stopping it.</source>
        <translation>运行期间关闭了向导：正在停止运行。</translation>
    </message>
    <message>
        <source>The wizard was closed before the result was checked.</source>
        <translation>在检查结果之前关闭了向导。</translation>
    </message>
    <message>
        <source>Closed after the run, before its result was checked: not verified.</source>
        <translation>运行结束后、检查结果之前关闭：未校验。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::PlanAnalysis</name>
    <message>
        <source>The plan or the what-if changed while the simulation ran; its result is not shown.</source>
        <translation>模拟运行期间计划或假设条件发生了变化；不显示其结果。</translation>
    </message>
    <message>
        <source>The simulation was stopped.</source>
        <translation>模拟已停止。</translation>
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
    <message>
        <source>Delete node %1</source>
        <translation>删除节点 %1</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>数据集 %1</translation>
    </message>
    <message>
        <source>repository %1</source>
        <translation>仓库 %1</translation>
    </message>
    <message>
        <source>Change the schedule of policy %1</source>
        <translation>更改策略 %1 的计划</translation>
    </message>
    <message>
        <source>Policy %1 keeps its schedule: %2</source>
        <translation>策略 %1 保留原计划：%2</translation>
    </message>
    <message>
        <source>failure domain</source>
        <translation>故障域</translation>
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
        <translation>仓库</translation>
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
        <translation>仓库</translation>
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
    <message>
        <source>Double-click or F2 to change; the Schedules view follows at once. Undo with Ctrl+Z.</source>
        <translation>双击或按 F2 修改；“调度”视图会立即更新。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Failure domain</source>
        <translation>故障域</translation>
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
        <source>Disk</source>
        <translation>磁盘</translation>
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
        <translation>仓库</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Failure domains</source>
        <translation>故障域</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Add an object to the current table (Insert)</source>
        <translation>向当前表格添加对象（Insert）</translation>
    </message>
    <message>
        <source>Edit the selected object in a form (Enter or double-click)</source>
        <translation>在表单中编辑所选对象（Enter 或双击）</translation>
    </message>
    <message>
        <source>Delete the selected object (Delete); Ctrl+Z brings it back</source>
        <translation>删除所选对象（Delete）；Ctrl+Z 可恢复</translation>
    </message>
    <message>
        <source>&amp;Add %1…</source>
        <translation>添加%1(&amp;A)…</translation>
    </message>
    <message>
        <source>Delete %1 %2?</source>
        <translation>删除%1 %2？</translation>
    </message>
    <message>
        <source>%1 %2 is used by %3. They will refer to nothing until you change them (Problems lists each one).</source>
        <translation>%1 %2 被 %3 使用。在你修改它们之前，它们将指向不存在的对象（“问题”中会逐一列出）。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>删除%1 %2</translation>
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
    <name>lifeboat::ui::ReportPage</name>
    <message>
        <source>Check and report</source>
        <translation>检查与报告</translation>
    </message>
    <message>
        <source>The report is kept in the Activity view.</source>
        <translation>报告保存在“活动”视图中。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>As HTML, or as PDF when the name ends in .pdf</source>
        <translation>保存为 HTML；文件名以 .pdf 结尾时保存为 PDF</translation>
    </message>
    <message>
        <source>Checking the result.</source>
        <translation>正在检查结果。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreAffectedPage</name>
    <message>
        <source>What is affected</source>
        <translation>受影响的内容</translation>
    </message>
    <message>
        <source>In order of tier: restore the first ones first. Choose the dataset to restore now; run the wizard again for the next.</source>
        <translation>按等级排序：先恢复排在前面的。选择现在要恢复的数据集；其余的请再次运行向导。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>To restore</source>
        <translation>待恢复</translation>
    </message>
    <message>
        <source>Recommended source</source>
        <translation>推荐来源</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>预计用时</translation>
    </message>
    <message>
        <source>Leave empty for an unencrypted repository</source>
        <translation>未加密的仓库请留空</translation>
    </message>
    <message>
        <source>Assumption: the plan records one restore bandwidth and no per-link figures, so the recommended source is the repository that was not lost and shares the deepest failure domain (same rack, then same site) with the dataset; the estimate is its size over the plan's restore bandwidth.</source>
        <translation>假设：计划只记录一个恢复带宽，没有各链路的数据，因此推荐的来源是未丢失、且与数据集共享最深故障域（先同机架，再同站点）的仓库；预计用时为数据集大小除以计划的恢复带宽。</translation>
    </message>
    <message>
        <source>&amp;Source repository:</source>
        <translation>来源仓库(&amp;S)：</translation>
    </message>
    <message>
        <source>Read it &amp;on:</source>
        <translation>读取位置(&amp;O)：</translation>
    </message>
    <message>
        <source>Repository &amp;passphrase:</source>
        <translation>仓库口令(&amp;P)：</translation>
    </message>
    <message>
        <source>its node %1, over SSH</source>
        <translation>其所在节点 %1，通过 SSH</translation>
    </message>
    <message>
        <source>this computer (%1 is mounted here)</source>
        <translation>本机（%1 已挂载在本机）</translation>
    </message>
    <message>
        <source>none: every repository of it was lost</source>
        <translation>无：它的所有仓库都已丢失</translation>
    </message>
    <message numerus="yes">
        <source>sharded (%n shard(s))</source>
        <translation>
            <numerusform>分片（%n 个分片）</numerusform>
        </translation>
    </message>
    <message>
        <source>replicated</source>
        <translation>多副本</translation>
    </message>
    <message>
        <source>%1 on %2 (lost in this scenario)</source>
        <translation>%2 上的 %1（在此场景中丢失）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreItemsPage</name>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>The whole dataset, or the files and folders you tick (a folder brings everything in it).</source>
        <translation>整个数据集，或你勾选的文件和文件夹（勾选文件夹即包含其中全部内容）。</translation>
    </message>
    <message>
        <source>The &amp;whole dataset</source>
        <translation>整个数据集(&amp;W)</translation>
    </message>
    <message>
        <source>Only the &amp;selected files and folders</source>
        <translation>仅所选文件和文件夹(&amp;S)</translation>
    </message>
    <message>
        <source>Search names in the snapshot</source>
        <translation>在快照中搜索名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>The first %1 entries are shown; search narrows them. The whole dataset restores everything.</source>
        <translation>只显示前 %1 个条目；搜索可缩小范围。选择整个数据集会恢复全部内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot's tree could not be read: %1. The whole dataset can still be restored.</source>
        <translation>无法读取快照的目录树：%1。仍然可以恢复整个数据集。</translation>
    </message>
    <message>
        <source>Reading the tree of shard 1; what you tick is restored from every shard.</source>
        <translation>正在读取分片 1 的目录树；勾选的内容会从每个分片恢复。</translation>
    </message>
    <message>
        <source>Reading the snapshot's tree…</source>
        <translation>正在读取快照的目录树…</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestorePointPage</name>
    <message>
        <source>Restore point</source>
        <translation>恢复点</translation>
    </message>
    <message>
        <source>Newest first. A point that failed verification, or a generation missing a shard, is shown but not offered.</source>
        <translation>最新的在前。未通过校验的恢复点、或缺少分片的世代会显示，但不可选择。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>世代</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Restore this point although it &amp;failed verification (files in it may be damaged)</source>
        <translation>即使此恢复点未通过校验也恢复(&amp;F)（其中的文件可能已损坏）</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous point</source>
        <translation>与上一个恢复点比较(&amp;C)</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>重新读取(&amp;A)</translation>
    </message>
    <message>
        <source>From the previous point: %1 added, %2 removed, %3 changed (%4 added, %5 removed).</source>
        <translation>与上一个恢复点相比：新增 %1，删除 %2，修改 %3（新增 %4，删除 %5）。</translation>
    </message>
    <message>
        <source>The snapshots could not be read: %1</source>
        <translation>无法读取快照：%1</translation>
    </message>
    <message>
        <source>The repository could not be verified: %1. Points are shown as not verified.</source>
        <translation>无法校验仓库：%1。恢复点显示为未校验。</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message>
        <source>The chosen repository is not in the plan.</source>
        <translation>所选仓库不在计划中。</translation>
    </message>
    <message>
        <source>Reading the snapshots of %1 on %2, then checking its structure…</source>
        <translation>正在读取 %2 上 %1 的快照，然后检查其结构…</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) read; the repository's structure is verified.</source>
        <translation>
            <numerusform>已读取 %n 个快照；仓库结构已校验。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) read; verification found damage (see each point).</source>
        <translation>
            <numerusform>已读取 %n 个快照；校验发现损坏（见各恢复点）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (within the RPO of %2)</source>
        <translation>%1（在 %2 的 RPO 之内）</translation>
    </message>
    <message>
        <source>%1 (older than the RPO of %2)</source>
        <translation>%1（超过 %2 的 RPO）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>FAILED verification</source>
        <translation>未通过校验</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <source>No snapshot of dataset %1 is in this repository.</source>
        <translation>此仓库中没有数据集 %1 的快照。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestorePreflightPage</name>
    <message>
        <source>Pre-flight</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>Nothing is written before every check passes.</source>
        <translation>所有检查通过之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Start Restore</source>
        <translation>开始恢复(&amp;S)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Cop&amp;y Command</source>
        <translation>复制命令(&amp;Y)</translation>
    </message>
    <message>
        <source>The same restore from a shell (the passphrase comes from $LIFEBOAT_PASSWORD or is asked):</source>
        <translation>在 shell 中执行同样的恢复（口令来自 $LIFEBOAT_PASSWORD，否则会询问）：</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>reached %1, engine %2</source>
        <translation>已连接 %1，引擎 %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>可用空间</translation>
    </message>
    <message>
        <source>%1 free where the target is</source>
        <translation>目标所在位置可用 %1</translation>
    </message>
    <message>
        <source>the engine could not say how much space is free there</source>
        <translation>引擎无法给出该位置的可用空间</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>snapshot %1 failed verification: %2</source>
        <translation>快照 %1 未通过校验：%2</translation>
    </message>
    <message>
        <source>snapshot %1 failed verification; restoring it anyway, as you chose</source>
        <translation>快照 %1 未通过校验；按你的选择仍然恢复</translation>
    </message>
    <message>
        <source>the repository opens there, is not locked against reading, and snapshot %1's trees and chunks are verified</source>
        <translation>仓库可在该处打开，未被锁定而禁止读取，快照 %1 的目录树和数据块已校验</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>%1 files to create, %2 differ from the snapshot, %3 already correct; %4 to write</source>
        <translation>需创建 %1 个文件，%2 个与快照不同，%3 个已正确；需写入 %4</translation>
    </message>
    <message>
        <source>the repository is locked by another operation: %1</source>
        <translation>仓库被另一项操作锁定：%1</translation>
    </message>
    <message>
        <source>Enough space</source>
        <translation>空间是否足够</translation>
    </message>
    <message>
        <source>not enough space: the restore writes %1 (plus a margin of %2) and %3 has %4 free. Free space there or choose another target.</source>
        <translation>空间不足：恢复需写入 %1（另加 %2 余量），而 %3 只有 %4 可用。请在该处腾出空间，或选择其他目标。</translation>
    </message>
    <message>
        <source>%1 to write, %2 free</source>
        <translation>需写入 %1，可用 %2</translation>
    </message>
    <message>
        <source>about %1 at the plan's restore bandwidth of %2 per target (shards in parallel)</source>
        <translation>按计划的恢复带宽（每个目标 %2，各分片并行）约需 %1</translation>
    </message>
    <message>
        <source>not estimated: the plan gives no restore bandwidth</source>
        <translation>未估算：计划没有给出恢复带宽</translation>
    </message>
    <message>
        <source>Every check passed. %1 to write; estimated duration: %2.</source>
        <translation>所有检查均已通过。需写入 %1；预计用时：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed (marked ✗); the restore cannot start until they pass. Go back to change the choices.</source>
        <translation>
            <numerusform>有 %n 项检查失败（标记为 ✗）；这些检查通过之前无法开始恢复。请返回修改选择。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreScenarioPage</name>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Say what was lost; the next page lists what that affects. The reason is kept with the restore in the Activity view.</source>
        <translation>说明丢失了什么；下一页会列出受影响的内容。原因会随此次恢复保存在“活动”视图中。</translation>
    </message>
    <message>
        <source>e.g. INC-4711 (optional)</source>
        <translation>例如 INC-4711（可选）</translation>
    </message>
    <message>
        <source>Why this restore is needed, for the record (required)</source>
        <translation>为什么需要这次恢复，用于记录（必填）</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>发生了什么(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Incident or ticket:</source>
        <translation>事件或工单(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>节点(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Failure domain:</source>
        <translation>故障域(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>数据集(&amp;D)：</translation>
    </message>
    <message>
        <source>No dataset of the plan has a copy there: nothing to restore.</source>
        <translation>计划中没有数据集在该处有副本：没有需要恢复的内容。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreTargetPage</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>A file that is already correct is never rewritten, whatever the policy, so running a restore again is safe.</source>
        <translation>已正确的文件无论采用何种策略都不会被重写，因此再次运行恢复是安全的。</translation>
    </message>
    <message>
        <source>The &amp;original location</source>
        <translation>原位置(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Elsewhere:</source>
        <translation>其他位置(&amp;E)：</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>An absolute folder path on that machine</source>
        <translation>该机器上的绝对文件夹路径</translation>
    </message>
    <message>
        <source>Skip: leave a different existing file as it is</source>
        <translation>跳过：保留已存在的不同文件</translation>
    </message>
    <message>
        <source>Overwrite a different existing file</source>
        <translation>覆盖已存在的不同文件</translation>
    </message>
    <message>
        <source>Keep both: restore beside it as NAME.restored-ID</source>
        <translation>都保留：在旁边恢复为 名称.restored-ID</translation>
    </message>
    <message>
        <source>no limit (e.g. 200MB/s)</source>
        <translation>不限速（例如 200MB/s）</translation>
    </message>
    <message>
        <source>&amp;When a file differs:</source>
        <translation>文件不同时(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>带宽限制(&amp;B)：</translation>
    </message>
    <message>
        <source>%1 free at %2</source>
        <translation>%2 处可用 %1</translation>
    </message>
    <message>
        <source>free space unknown at %1</source>
        <translation>%1 处的可用空间未知</translation>
    </message>
    <message>
        <source>The target could not be asked for its free space: %1</source>
        <translation>无法向目标查询可用空间：%1</translation>
    </message>
    <message>
        <source>Every shard to its own node, in parallel: %1</source>
        <translation>每个分片恢复到各自的节点，并行进行：%1</translation>
    </message>
    <message>
        <source>Each shard goes to PATH/shard-N on the chosen machine.</source>
        <translation>每个分片恢复到所选机器上的 路径/shard-N。</translation>
    </message>
    <message>
        <source>The bandwidth limit must be a rate such as 200MB/s.</source>
        <translation>带宽限制必须是 200MB/s 这样的速率。</translation>
    </message>
    <message>
        <source>Which copy's place the files go back to (the one the scenario affected is preselected).</source>
        <translation>文件恢复到哪个副本所在的位置（已预选此场景受影响的那个）。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreWizard</name>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>not estimated (the plan gives no restore bandwidth)</source>
        <translation>未估算（计划没有给出恢复带宽）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Choose a dataset, a source and a restore point first.</source>
        <translation>请先选择数据集、来源和恢复点。</translation>
    </message>
    <message>
        <source>Shard %1 has no snapshot in this restore point.</source>
        <translation>分片 %1 在此恢复点中没有快照。</translation>
    </message>
    <message>
        <source>Dataset %1 has no location for shard %2 in the plan.</source>
        <translation>计划中数据集 %1 没有分片 %2 的位置。</translation>
    </message>
    <message>
        <source>shard %1 → %2: %3</source>
        <translation>分片 %1 → %2：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>(no dataset)</source>
        <translation>（无数据集）</translation>
    </message>
    <message>
        <source>%1 (ticket %2)</source>
        <translation>%1（工单 %2）</translation>
    </message>
    <message>
        <source>%1 (%2:%3), read on %4</source>
        <translation>%1（%2:%3），在 %4 上读取</translation>
    </message>
    <message>
        <source>the whole dataset</source>
        <translation>整个数据集</translation>
    </message>
    <message>
        <source>%1 files written, %2 already correct, %3 in conflict (%4).</source>
        <translation>写入 %1 个文件，%2 个已正确，%3 个冲突（%4）。</translation>
    </message>
    <message>
        <source>Verified: every one of the %1 restored files was read back and re-hashed, and matches the snapshot.</source>
        <translation>已校验：恢复的全部 %1 个文件均已读回并重新计算哈希，与快照一致。</translation>
    </message>
    <message>
        <source>%1 files that were already in the target with other content were left as they were, as the conflict policy says.</source>
        <translation>目标中原有的 %1 个内容不同的文件按冲突策略保持原样。</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED: %1 files are missing and %2 differ from the snapshot.</source>
        <translation>校验失败：%1 个文件缺失，%2 个与快照不同。</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>未校验：%1</translation>
    </message>
    <message>
        <source>Failures: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>The target holds a partial restore: %1 of %2 files are complete (each was written under a staging name, checked and only then renamed into place, so no file is half-written); the others are missing or as they were. Nothing that was there before was removed. A resume runs the same restore and skips every file already correct.</source>
        <translation>目标中是部分恢复的结果：%2 个文件中已完成 %1 个（每个文件都先以临时名称写入、校验，然后才改名到位，因此不会有写了一半的文件）；其余的缺失或保持原样。原有内容没有被删除。继续恢复会运行同样的恢复，并跳过所有已正确的文件。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ResumePage</name>
    <message>
        <source>Resume: %1</source>
        <translation>继续：%1</translation>
    </message>
    <message>
        <source>The same restore runs again; every file already correct in the target is skipped, then every restored file is checked.</source>
        <translation>同样的恢复会再次运行；目标中已正确的文件会被跳过，然后校验每个恢复的文件。</translation>
    </message>
    <message>
        <source>&amp;Resume Restore</source>
        <translation>继续恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Leave empty for an unencrypted repository</source>
        <translation>未加密的仓库请留空</translation>
    </message>
    <message>
        <source>Where it stopped:</source>
        <translation>停止时的状态：</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Repository &amp;passphrase:</source>
        <translation>仓库口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ResumeWizard</name>
    <message>
        <source>Resume Restore</source>
        <translation>继续恢复</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RetentionAnalysis</name>
    <message>
        <source>The plan has no policy.</source>
        <translation>计划中没有策略。</translation>
    </message>
    <message>
        <source>The plan has no policy %1.</source>
        <translation>计划中没有策略 %1。</translation>
    </message>
    <message>
        <source>Could not read the snapshots of %1: %2</source>
        <translation>无法读取 %1 的快照：%2</translation>
    </message>
    <message>
        <source>%1 snapshot files could not be read and are not shown: %2</source>
        <translation>%1 个快照文件无法读取，未显示：%2</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RetentionPreviewView</name>
    <message>
        <source>Snapshot time</source>
        <translation>快照时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>保留依据</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>would be removed</source>
        <translation>将被删除</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1: simulated restore points</source>
        <translation>%1：模拟的恢复点</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Simulated from the schedule</source>
        <translation>按计划时间模拟</translation>
    </message>
    <message>
        <source>Snapshots of a repository on this machine…</source>
        <translation>本机上某个仓库的快照…</translation>
    </message>
    <message>
        <source>Preview on real snapshots: the repository is only read, never locked or changed.</source>
        <translation>基于真实快照预览：仓库只会被读取，不会被加锁或更改。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Repository to preview on</source>
        <translation>用于预览的仓库</translation>
    </message>
    <message>
        <source>Could not read the snapshots of %1: %2</source>
        <translation>无法读取 %1 的快照：%2</translation>
    </message>
    <message>
        <source>Repository passphrase</source>
        <translation>仓库口令</translation>
    </message>
    <message>
        <source>Passphrase of %1 (used for this read only, not stored):</source>
        <translation>%1 的口令（仅用于本次读取，不会保存）：</translation>
    </message>
    <message>
        <source>Reading the snapshots of %1…</source>
        <translation>正在读取 %1 的快照…</translation>
    </message>
    <message>
        <source>%1: snapshots in %2</source>
        <translation>%1：%2 中的快照</translation>
    </message>
    <message>
        <source>Snapshots of the policy's repository, on its node…</source>
        <translation>策略所用仓库的快照（在其节点上）…</translation>
    </message>
    <message>
        <source>Policy %1 writes to no repository of the plan.</source>
        <translation>策略 %1 没有写入计划中的任何仓库。</translation>
    </message>
    <message>
        <source>The console has no fleet connection to reach the node.</source>
        <translation>控制台没有可连接该节点的集群连接。</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Which repository of %1:</source>
        <translation>%1 的哪个仓库：</translation>
    </message>
    <message>
        <source>Repository %1 is on node %2, which the plan does not have.</source>
        <translation>仓库 %1 位于节点 %2，而计划中没有该节点。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Keeps %L1 of %L2 restore points; the oldest kept is %L3 days old.</source>
        <translation>在 %L2 个恢复点中保留 %L1 个；保留的最旧恢复点为 %L3 天前。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RiskTableModel</name>
    <message>
        <source>Probability that the dataset is lost for good within a year: its live copies and every backup that could restore it.</source>
        <translation>一年内数据集永久丢失的概率：其在线副本和所有可用于恢复的备份都丢失。</translation>
    </message>
    <message>
        <source>Durability in nines: −log10 of the yearly loss probability.</source>
        <translation>以“几个 9”表示的持久性：年丢失概率的 −log10。</translation>
    </message>
    <message>
        <source>The Monte Carlo estimate of the same probability, with its 95% interval, after Simulate.</source>
        <translation>运行“模拟”后得到的同一概率的蒙特卡洛估计及其 95% 区间。</translation>
    </message>
    <message>
        <source>Expected bytes lost per year: the whole dataset when it cannot be restored, else what was written since the restore point.</source>
        <translation>每年预期丢失的字节数：无法恢复时为整个数据集，否则为恢复点之后写入的数据。</translation>
    </message>
    <message>
        <source>Worst age of the newest usable restore point at a failure (the longest gap between backups plus a backup's duration); hover a cell for the expected age.</source>
        <translation>故障发生时最新可用恢复点的最坏时长（备份间的最长间隔加一次备份的时长）；将鼠标悬停在单元格上可查看预期时长。</translation>
    </message>
    <message>
        <source>Time to restore the dataset at the plan's restore bandwidth.</source>
        <translation>按计划的恢复带宽恢复该数据集所需的时间。</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Loss / year</source>
        <translation>年丢失概率</translation>
    </message>
    <message>
        <source>Nines</source>
        <translation>几个 9</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>模拟值</translation>
    </message>
    <message>
        <source>Lost / year</source>
        <translation>每年丢失</translation>
    </message>
    <message>
        <source>RPO worst</source>
        <translation>最坏 RPO</translation>
    </message>
    <message>
        <source>RPO target</source>
        <translation>RPO 目标</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复用时</translation>
    </message>
    <message>
        <source>RTO target</source>
        <translation>RTO 目标</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Largest causes, per year:</source>
        <translation>主要原因（每年）：</translation>
    </message>
    <message>
        <source>A backup is estimated to take longer than its policy's window.</source>
        <translation>估计有一次备份的时长超过其策略的时间窗口。</translation>
    </message>
    <message>
        <source>Expected age at a random failure: %1 (interval, window and bad backups). Worst: %2.</source>
        <translation>随机故障时的预期时长：%1（考虑间隔、窗口和损坏的备份）。最坏：%2。</translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <source>no backup</source>
        <translation>没有备份</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>RPO missed</source>
        <translation>未达 RPO</translation>
    </message>
    <message>
        <source>RTO missed</source>
        <translation>未达 RTO</translation>
    </message>
    <message>
        <source>window overrun</source>
        <translation>超出窗口</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>All of it at the throughput its last restore drill measured (%1 ago, on the drill's node).</source>
        <translation>以其上一次恢复演练测得的吞吐量恢复全部数据（%1 前，在演练节点上）。</translation>
    </message>
    <message>
        <source>All of it at the plan's assumed restore bandwidth; no restore drill has measured it.</source>
        <translation>以计划假设的恢复带宽恢复全部数据；尚无恢复演练测量过它。</translation>
    </message>
    <message>
        <source>%1 (drill)</source>
        <translation>%1（演练）</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RiskView</name>
    <message>
        <source>Simulate</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>How are these computed?</source>
        <translation>这些数值是如何计算的？</translation>
    </message>
    <message>
        <source>Loss per year</source>
        <translation>年丢失概率</translation>
    </message>
    <message>
        <source>Copies (selected dataset)</source>
        <translation>副本数（所选数据集）</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>假设…</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>蒙特卡洛</translation>
    </message>
    <message>
        <source>trials: </source>
        <translation>试验次数：</translation>
    </message>
    <message>
        <source>One-year trials of the whole plan; more trials, narrower intervals.</source>
        <translation>对整个计划进行为期一年的试验；次数越多，区间越窄。</translation>
    </message>
    <message>
        <source>seed: </source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>The same seed gives the same answer on any number of threads.</source>
        <translation>相同的种子在任意线程数下得到相同的结果。</translation>
    </message>
    <message>
        <source>Cross-check the analytic figures with a discrete-event simulation of the same plan (fixed repair times).</source>
        <translation>用同一计划的离散事件模拟（固定修复时间）交叉核对解析数值。</translation>
    </message>
    <message>
        <source>Simulating %L1 one-year trials…</source>
        <translation>正在模拟 %L1 次一年期试验…</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>尚无数值。</translation>
    </message>
    <message>
        <source>No figures: %1 Fix the plan (see Problems) or the what-if.</source>
        <translation>没有数值：%1 请修正计划（见“问题”）或假设条件。</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>没有数值</translation>
    </message>
    <message>
        <source>The plan as it is. Over one year; each figure names its model (hover or see How are these computed?).</source>
        <translation>按计划原样，时间跨度一年；每个数值都注明了所用模型（悬停查看，或点击“这些数值是如何计算的？”）。</translation>
    </message>
    <message>
        <source>What if: %1. Every figure below is for the plan with these changes.</source>
        <translation>假设：%1。下面的所有数值都针对做了这些改动的计划。</translation>
    </message>
    <message>
        <source>The plan has no datasets.</source>
        <translation>计划中没有数据集。</translation>
    </message>
    <message>
        <source>Analytic (%1)</source>
        <translation>解析值（%1）</translation>
    </message>
    <message>
        <source>Markov chain per dataset</source>
        <translation>每个数据集的马尔可夫链</translation>
    </message>
    <message>
        <source>Monte Carlo estimate</source>
        <translation>蒙特卡洛估计</translation>
    </message>
    <message>
        <source>Monte Carlo 95% interval</source>
        <translation>蒙特卡洛 95% 区间</translation>
    </message>
    <message>
        <source>Probability of losing the dataset within a year</source>
        <translation>一年内丢失该数据集的概率</translation>
    </message>
    <message>
        <source>Loss per year, by dataset</source>
        <translation>各数据集的年丢失概率</translation>
    </message>
    <message>
        <source>Select a dataset</source>
        <translation>请选择一个数据集</translation>
    </message>
    <message>
        <source>P(live data lost within a year)</source>
        <translation>P（一年内丢失在线数据）</translation>
    </message>
    <message>
        <source>copies in the plan</source>
        <translation>计划中的副本数</translation>
    </message>
    <message>
        <source>Live copies</source>
        <translation>在线副本数</translation>
    </message>
    <message>
        <source>Probability per year</source>
        <translation>每年概率</translation>
    </message>
    <message>
        <source>%1: copies against loss (%2)</source>
        <translation>%1：副本数与丢失概率（%2）</translation>
    </message>
    <message>
        <source>How these figures are computed</source>
        <translation>这些数值是如何计算的</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>A burst of %1 of %2 nodes at once: %3 copysets in this placement, P(some live data lost) %4 (Cidon et al., USENIX ATC 2013).</source>
        <translation>%2 个节点中有 %1 个同时故障：此布局中有 %3 个副本集，P（部分在线数据丢失）为 %4（Cidon 等，USENIX ATC 2013）。</translation>
    </message>
    <message>
        <source>Formulas, sources and the tests that check them: docs/models.md.</source>
        <translation>公式、出处以及验证它们的测试：docs/models.md。</translation>
    </message>
    <message>
        <source>Monte Carlo: %L1 trials, seed %2, fixed repair times (Greenan, Plank &amp; Wylie, HotStorage 2010), 95% Wilson intervals.</source>
        <translation>蒙特卡洛：%L1 次试验，种子 %2，固定修复时间（Greenan、Plank 与 Wylie，HotStorage 2010），95% Wilson 区间。</translation>
    </message>
    <message>
        <source>%L1 trials on %L2 threads in %L3 s (%L4 node-years/s). Intervals: 95%, Wilson.</source>
        <translation>%L1 次试验，%L2 个线程，用时 %L3 秒（每秒 %L4 节点年）。区间：95%，Wilson。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RunPage</name>
    <message>
        <source>not known yet</source>
        <translation>尚不可知</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Pausing stops the engine with every finished file complete; resuming skips what is already correct.</source>
        <translation>暂停会停止引擎，已完成的文件都是完整的；继续时会跳过已正确的内容。</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Throughput appears here once the engine reports progress.</source>
        <translation>引擎报告进度后，这里会显示吞吐量。</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Stop and &amp;cancel</source>
        <translation>停止并取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stops the engine now; Resume continues and skips the files already correct.</source>
        <translation>立即停止引擎；“继续”会接着运行并跳过已正确的文件。</translation>
    </message>
    <message>
        <source>Pause asked.</source>
        <translation>已请求暂停。</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>已继续。</translation>
    </message>
    <message>
        <source>Cancel asked.</source>
        <translation>已请求取消。</translation>
    </message>
    <message>
        <source>Started.</source>
        <translation>已开始。</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 of %4 files · %5 · ETA %6 · %7 elapsed</source>
        <translation>%1 / %2 · 文件 %3 / %4 · %5 · 剩余 %6 · 已用 %7</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>seconds since the start</source>
        <translation>自开始以来的秒数</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>all jobs</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>运行中。</translation>
    </message>
    <message>
        <source>Every job finished; the check follows on the next page.</source>
        <translation>所有任务已完成；下一页进行检查。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Resume continues from here.</source>
        <translation>可以从这里继续。</translation>
    </message>
    <message>
        <source>Check and &amp;Report &gt;</source>
        <translation>检查并生成报告(&amp;R) &gt;</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ScheduleProblemsModel</name>
    <message>
        <source>same repository</source>
        <translation>同一仓库</translation>
    </message>
    <message>
        <source>same link</source>
        <translation>同一链路</translation>
    </message>
    <message>
        <source>overruns its window</source>
        <translation>超出窗口</translation>
    </message>
    <message>
        <source>outside its window</source>
        <translation>不在窗口内</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Repository, link or policy</source>
        <translation>仓库、链路或策略</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SchedulesView</name>
    <message>
        <source>One day</source>
        <translation>一天</translation>
    </message>
    <message>
        <source>One week</source>
        <translation>一周</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>from</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>No timeline: %1</source>
        <translation>没有时间线：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window problem(s)</source>
        <translation>
            <numerusform>%n 个窗口问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SelectionPage</name>
    <message>
        <source>Leave empty for an unencrypted repository</source>
        <translation>未加密的仓库请留空</translation>
    </message>
    <message>
        <source>Why, for the record (required)</source>
        <translation>原因，用于记录（必填）</translation>
    </message>
    <message>
        <source>Run the engine &amp;on:</source>
        <translation>引擎运行位置(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>选项(&amp;O)：</translation>
    </message>
    <message>
        <source>Repository &amp;passphrase:</source>
        <translation>仓库口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::TimelineWidget</name>
    <message>
        <source>repository %1</source>
        <translation>仓库 %1</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>链路 %1</translation>
    </message>
    <message>
        <source>%1 (dataset %2) to %3</source>
        <translation>%1（数据集 %2）写往 %3</translation>
    </message>
    <message>
        <source>Crosses the link %1.</source>
        <translation>经过链路 %1。</translation>
    </message>
    <message>
        <source>No schedule yet.</source>
        <translation>尚无调度。</translation>
    </message>
    <message>
        <source>No backup runs in this span.</source>
        <translation>此时间段内没有备份运行。</translation>
    </message>
    <message>
        <source>%1 – %2, about %L3 h</source>
        <translation>%1 – %2，约 %L3 小时</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::TopologyScene</name>
    <message>
        <source>Node %1 (%2)</source>
        <translation>节点 %1（%2）</translation>
    </message>
    <message>
        <source>Copies: %1</source>
        <translation>副本：%1</translation>
    </message>
    <message>
        <source>Backups of: %1</source>
        <translation>备份：%1</translation>
    </message>
    <message>
        <source>Backup of %1</source>
        <translation>%1 的备份</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>An outage of it loses for good: %1</source>
        <translation>它一旦停运将永久丢失：%1</translation>
    </message>
    <message>
        <source>nodes in no known domain</source>
        <translation>不属于任何已知故障域的节点</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::TopologyView</name>
    <message>
        <source>Drag to pan, wheel or +/− to zoom, 0 to fit; right-click a domain to fail it</source>
        <translation>拖动以平移，滚轮或 +/− 缩放，0 适应窗口；右键单击故障域可假设其失效</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>● copy   ■ backup   red border: an outage of it loses a dataset for good</source>
        <translation>● 副本   ■ 备份   红色边框：其停运将永久丢失某个数据集</translation>
    </message>
    <message>
        <source>Placement advice</source>
        <translation>布局建议</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>What If %1 Fails</source>
        <translation>假设 %1 失效</translation>
    </message>
    <message>
        <source>Back to Normal</source>
        <translation>恢复正常</translation>
    </message>
    <message>
        <source>All datasets</source>
        <translation>全部数据集</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Enter or double-click to show %1</source>
        <translation>按回车或双击以显示 %1</translation>
    </message>
    <message>
        <source>No dataset has two copies in one rack, or all its copies in one site.</source>
        <translation>没有数据集在同一机架中有两个副本，也没有数据集的全部副本都在同一站点。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::VerifyWizard</name>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Verify repositories</source>
        <translation>校验仓库</translation>
    </message>
    <message>
        <source>&amp;Repositories:</source>
        <translation>仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>Damage never stops the check: every damaged object is named, with the snapshots and files it affects.</source>
        <translation>发现损坏不会中止检查：每个损坏的对象都会列出，并注明受影响的快照和文件。</translation>
    </message>
    <message>
        <source>the repository's node, over SSH</source>
        <translation>仓库所在的节点，通过 SSH</translation>
    </message>
    <message>
        <source>this computer (the repository is mounted here)</source>
        <translation>本机（仓库已挂载在本机）</translation>
    </message>
    <message>
        <source>structure: index, pack headers, every snapshot's trees</source>
        <translation>结构：索引、数据包头、每个快照的目录树</translation>
    </message>
    <message>
        <source>structure, and read back 10% of the data</source>
        <translation>结构，并读回 10% 的数据</translation>
    </message>
    <message>
        <source>structure, and read back every byte</source>
        <translation>结构，并读回每个字节</translation>
    </message>
    <message>
        <source>&amp;Start Verification</source>
        <translation>开始校验(&amp;S)</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>校验 %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no damage found (%2 snapshots, %3 packs; %4 read back).</source>
        <translation>%1：未发现损坏（%2 个快照，%3 个数据包；读回 %4）。</translation>
    </message>
    <message>
        <source>%1: DAMAGE FOUND: %2</source>
        <translation>%1：发现损坏：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) cannot be restored intact.</source>
        <translation>
            <numerusform>%n 个文件或文件夹无法完整恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::WebhookSender</name>
    <message>
        <source>The webhook address "%1" is not an http or https URL.</source>
        <translation>Webhook 地址 "%1" 不是 http 或 https URL。</translation>
    </message>
    <message>
        <source>Delivered to %1 (HTTP %2).</source>
        <translation>已送达 %1（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 返回 HTTP %2：%3</translation>
    </message>
    <message>
        <source>Not delivered to %1: %2</source>
        <translation>未能送达 %1：%2</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::WhatIfPanel</name>
    <message>
        <source>as in the plan</source>
        <translation>与计划相同</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Every node role's annual failure rate times this.</source>
        <translation>每种节点角色的年故障率乘以此值。</translation>
    </message>
    <message>
        <source>Node failure rates</source>
        <translation>节点故障率</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>Re-replication bandwidth per node: a node's repair time is the bytes on it over this.</source>
        <translation>每个节点的重新复制带宽：节点的修复时间等于其上的字节数除以此值。</translation>
    </message>
    <message>
        <source>Repair bandwidth</source>
        <translation>修复带宽</translation>
    </message>
    <message>
        <source>Restore bandwidth, for the RTO figures.</source>
        <translation>恢复带宽，用于计算 RTO。</translation>
    </message>
    <message>
        <source>Restore bandwidth</source>
        <translation>恢复带宽</translation>
    </message>
    <message>
        <source> a year</source>
        <translation> 次/年</translation>
    </message>
    <message>
        <source>Outages of each rack per year (all its nodes at once).</source>
        <translation>每个机架每年的停运次数（其所有节点同时停运）。</translation>
    </message>
    <message>
        <source>Rack outages</source>
        <translation>机架停运</translation>
    </message>
    <message>
        <source>Outages of each site per year.</source>
        <translation>每个站点每年的停运次数。</translation>
    </message>
    <message>
        <source>Site outages</source>
        <translation>站点停运</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>每 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Every policy backs up this often (on the hour, in its own time zone).</source>
        <translation>每个策略都按此频率备份（整点，按策略自身的时区）。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Every policy keeps one restore point a day for this many days (its other rules stay).</source>
        <translation>每个策略在这么多天内每天保留一个恢复点（其他规则不变）。</translation>
    </message>
    <message>
        <source>Keep daily</source>
        <translation>每日保留</translation>
    </message>
    <message>
        <source>Every dataset's growth per month times this.</source>
        <translation>每个数据集的月增长量乘以此值。</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source> : 1</source>
        <translation> : 1</translation>
    </message>
    <message>
        <source>Dedup ratio</source>
        <translation>去重率</translation>
    </message>
    <message>
        <source>Compression ratio</source>
        <translation>压缩率</translation>
    </message>
    <message>
        <source>Reset to the plan</source>
        <translation>恢复为计划值</translation>
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
