// SPDX-License-Identifier: GPL-3.0-or-later
// A translation can be complete and still wrong in ways a reader notices at once: a
// placeholder lost (the number never shown) or doubled, a menu item without its keyboard
// shortcut, an ellipsis dropped from a command that opens a dialog, a line break lost from
// a help text. Every message of every .ts file is checked for those, against its source.
// The Chinese translation is also held to one word per term of the trade: an operator who
// reads 仓库 in one dialog and 存储库 in the next wonders whether they are two things.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations;   // one, or the numerus forms
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* problem)
{
    QFile file(path);
    QList<Message> out;
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name") && m.source.isEmpty()) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            m = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            if (!m.numerus)
                m.translations << xml.readElementText();
            else {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            }
            out << m;
            m = Message{};
        }
    }
    if (xml.hasError())
        *problem = xml.errorString();
    return out;
}

QStringList placeholders(const QString& text)
{
    // "%L1" localizes the number: a translation that drops the L shows it in C form.
    static const QRegularExpression arg(QStringLiteral(R"(%L?(\d+|n))"));
    QStringList found;
    for (auto it = arg.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// A Qt mnemonic: '&' before a character that is not '&' or a space ("&&" is a literal &).
bool hasMnemonic(const QString& text)
{
    static const QRegularExpression mnemonic(QStringLiteral(R"((?<!&)&(?!&|\s))"));
    return mnemonic.match(text).hasMatch();
}

// The source with what is not prose taken out: option names, quoted literals, commands and
// their subcommands, paths, placeholders. "repo restore" is a command, not the word.
QString prose(QString text)
{
    // Plain literals, not raw ones: moc's tokenizer loses its way in R"(...)" holding quotes.
    static const QList<QRegularExpression> code{
        QRegularExpression(QStringLiteral("--[\\w-]+")),
        QRegularExpression(QStringLiteral("\"[^\"\\n]*\"")),
        QRegularExpression(QStringLiteral("(?:lifeboat-cli )?(?:repo|plan|fleet|model|schedule) [\\w-]+")),
        QRegularExpression(QStringLiteral("\\S*/\\S*")),
        QRegularExpression(QStringLiteral("%L?\\d+")),
    };
    for (const QRegularExpression& re : code)
        text.replace(re, QStringLiteral(" "));
    return text;
}

struct Term {
    const char* english;          // a regular expression, matched as whole words
    QStringList chinese;          // one of these must be in the translation
};

// docs/guide's wording; the first is the word, a second only where English has two senses.
const QList<Term>& glossary()
{
    static const QList<Term> terms{
        {"snapshots?", {QStringLiteral("快照")}},
        {"repositor(?:y|ies)", {QStringLiteral("仓库")}},
        {"datasets?", {QStringLiteral("数据集")}},
        {"polic(?:y|ies)", {QStringLiteral("策略")}},
        {"nodes?", {QStringLiteral("节点")}},
        {"passphrases?", {QStringLiteral("口令")}},
        {"retention", {QStringLiteral("保留")}},
        {"prune[sd]?|pruning", {QStringLiteral("清理")}},
        {"restor(?:e|es|ed|ing)", {QStringLiteral("恢复")}},
        {"backups?|back(?:s|ed)? up", {QStringLiteral("备份")}},
        {"drills?", {QStringLiteral("演练")}},
        {"host keys?", {QStringLiteral("主机密钥")}},
        {"fingerprints?", {QStringLiteral("指纹")}},
        {"keychain", {QStringLiteral("钥匙串")}},
        {"shards?", {QStringLiteral("分片")}},
        {"failure domains?", {QStringLiteral("故障域")}},
        {"engines?", {QStringLiteral("引擎")}},
        {"alerts?", {QStringLiteral("告警")}},
        {"capacity", {QStringLiteral("容量")}},
        {"bandwidth", {QStringLiteral("带宽")}},
        {"plans?", {QStringLiteral("计划"), QStringLiteral("规划")}},   // the document; to plan
        {"verif(?:y|ies|ied|ication)", {QStringLiteral("校验")}},
    };
    return terms;
}

// Words a translator may reach for that mean the same as a glossary term: never used.
const QStringList& rivals()
{
    static const QStringList words{QStringLiteral("存储库"), QStringLiteral("密码短语"), QStringLiteral("还原点"), QStringLiteral("警报")};
    return words;
}

// The JSON values of a job's kind are literals, not words to translate.
bool isListOfLiterals(const QString& source)
{
    return source.contains(QStringLiteral("must be backup, verify, maintain or drill"));
}

} // namespace

class TestTranslationConsistency : public QObject {
    Q_OBJECT

private slots:
    void everyTranslationKeepsWhatTheReaderNeeds_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(LIFEBOAT_SOURCE_DIR "/translations"));
        for (const QString& ts : dir.entryList({QStringLiteral("*.ts")}))
            QTest::newRow(qPrintable(ts)) << dir.filePath(ts);
    }
    void everyTranslationKeepsWhatTheReaderNeeds()
    {
        QFETCH(QString, file);
        QString problem;
        const QList<Message> messages = readTs(file, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(messages.size() > 1000);
        QStringList wrong;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source.left(70) + QLatin1Char('"');
            for (const QString& t : m.translations) {
                QStringList expected = placeholders(m.source);
                QStringList got = placeholders(t);
                // A plural form may leave the count out ("one file"); Chinese has one form.
                if (m.numerus) {
                    expected.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (expected != got)
                    wrong << QStringLiteral("%1: placeholders %2 became %3").arg(where, expected.join(' '), got.join(' '));
                if (hasMnemonic(m.source) && !hasMnemonic(t))
                    wrong << QStringLiteral("%1: the keyboard shortcut (&) is lost").arg(where);
                if (m.source.endsWith(QStringLiteral("…")) && !t.endsWith(QStringLiteral("…")))
                    wrong << QStringLiteral("%1: the ellipsis of a command that asks more is lost").arg(where);
                if (m.source.count(QLatin1Char('\n')) > 0 && m.source.count(QLatin1Char('\n')) != t.count(QLatin1Char('\n')))
                    wrong << QStringLiteral("%1: %2 lines became %3").arg(where).arg(m.source.count(QLatin1Char('\n')) + 1).arg(t.count(QLatin1Char('\n')) + 1);
                if (m.source.startsWith(QLatin1Char(' ')) != t.startsWith(QLatin1Char(' ')) || m.source.endsWith(QLatin1Char('\n')) != t.endsWith(QLatin1Char('\n')))
                    wrong << QStringLiteral("%1: its leading space or trailing newline differs").arg(where);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(wrong.size()) + wrong.mid(0, 40).join(QLatin1Char('\n'))));
    }
    void chineseUsesOneWordPerTerm()
    {
        QString problem;
        const QList<Message> messages = readTs(QStringLiteral(LIFEBOAT_SOURCE_DIR "/translations/lifeboat_zh_CN.ts"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QStringList wrong;
        int checked = 0;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source.left(70) + QLatin1Char('"');
            const QString text = prose(m.source);
            for (const QString& t : m.translations) {
                for (const QString& rival : rivals())
                    if (t.contains(rival))
                        wrong << QStringLiteral("%1: says %2").arg(where, rival);
                if (isListOfLiterals(m.source))
                    continue;
                for (const Term& term : glossary()) {
                    const QRegularExpression english(QStringLiteral("\\b(?:%1)\\b").arg(QLatin1String(term.english)), QRegularExpression::CaseInsensitiveOption);
                    if (!english.match(text).hasMatch())
                        continue;
                    ++checked;
                    if (std::none_of(term.chinese.begin(), term.chinese.end(), [&](const QString& w) { return t.contains(w); }))
                        wrong << QStringLiteral("%1: \"%2\" is not %3 in \"%4\"").arg(where, QLatin1String(term.english), term.chinese.join(QLatin1Char('/')), t.left(60));
                }
            }
        }
        QVERIFY(checked > 800);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(wrong.size()) + wrong.mid(0, 40).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationConsistency)
#include "TestTranslationConsistency.moc"
