// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QJsonDocument>
#include <QProcess>

namespace lifeboat::test {

QString cliPath()
{
    // A long run (the 500-kill crash run) can use a frozen copy while the tree is rebuilt.
    if (qEnvironmentVariableIsSet("LIFEBOAT_TEST_CLI"))
        return qEnvironmentVariable("LIFEBOAT_TEST_CLI");
#ifdef LIFEBOAT_CLI_PATH_ASAN
    return QString::fromUtf8(LIFEBOAT_CLI_PATH_ASAN);
#else
    return QString::fromUtf8(LIFEBOAT_CLI_PATH);
#endif
}

Run cli(const QStringList& arguments, int timeoutMs, const QString& asUser, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (asUser.isEmpty())
        process.start(cliPath(), arguments);
    else
        process.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=") + asUser, QStringLiteral("--regid=") + asUser,
                                                              QStringLiteral("--clear-groups"), cliPath()} + arguments);
    Run run;
    process.closeWriteChannel();
    if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "did not finish: " + process.errorString().toUtf8();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.signal = process.exitStatus() == QProcess::CrashExit ? process.exitCode() : 0;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject resultLine(const QByteArray& out)
{
    for (const QByteArray& line : out.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QStringLiteral("type")).toString() == QLatin1String("result"))
            return object;
    }
    return {};
}

} // namespace lifeboat::test
