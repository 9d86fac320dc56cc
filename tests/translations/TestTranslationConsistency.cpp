// SPDX-License-Identifier: GPL-3.0-or-later
// A translation can be complete and still wrong in ways a reader notices at once: a
// placeholder lost (the number never shown) or doubled, a menu item without its keyboard
// shortcut, an ellipsis dropped from a command that opens a dialog, a line break lost from
// a help text. Every message of every .ts file is checked for those, against its source.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

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
    static const QRegularExpression arg(QStringLiteral(R"(%(\d+|n))"));
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
};

QTEST_GUILESS_MAIN(TestTranslationConsistency)
#include "TestTranslationConsistency.moc"
