// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace lifeboat::test {

struct Run {
    int exitCode = -1;           // -2: ended by a signal
    int signal = 0;              // which one (Qt reports it as the exit code of a crash)
    QByteArray out;
    QByteArray err;
};

// The lifeboat-cli under test (the ASan build in the *_asan variants).
QString cliPath();

// Runs lifeboat-cli as a process, as operators and scripts run it. `asUser` runs it as
// another user through setpriv (root only), for permission tests.
Run cli(const QStringList& arguments, int timeoutMs = 60000, const QString& asUser = {},
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

// The `result` line of a --json run (empty when there is none).
QJsonObject resultLine(const QByteArray& out);

} // namespace lifeboat::test

// Evaluates `run` once (it may be a call that runs the CLI).
#define QVERIFY_RUN(run, expectedCode)                                                                                                 \
    do {                                                                                                                               \
        const lifeboat::test::Run& lifeboatRun_ = (run);                                                                             \
        QVERIFY2(lifeboatRun_.exitCode == (expectedCode),                                                                              \
                 qPrintable(QStringLiteral("exit %1, expected %2\nstdout: %3\nstderr: %4")                                            \
                                .arg(lifeboatRun_.exitCode)                                                                            \
                                .arg(expectedCode)                                                                                     \
                                .arg(QString::fromUtf8(lifeboatRun_.out), QString::fromUtf8(lifeboatRun_.err))));                      \
    } while (false)
