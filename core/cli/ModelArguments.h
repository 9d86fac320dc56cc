// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "ModelCommands.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace lifeboat::cli {

// The parsed options of one verb, with numbers checked as they are read.
class ModelArguments {
public:
    ModelArguments(const QString& verb, Streams streams) : m_verb(verb), m_streams(streams) {}
    QCommandLineParser parser;
    bool json = false;
    QString problem;

    void option(const QString& name, const QString& help) { parser.addOption({name, help, QStringLiteral("X")}); }
    bool parse(const QStringList& arguments)
    {
        parser.addOption({QStringLiteral("json"), ModelCommand::tr("Print one JSON object.")});
        QStringList withProgram = arguments;
        withProgram.prepend(QStringLiteral("lifeboat-cli"));
        if (!parser.parse(withProgram)) {
            problem = parser.errorText();
            return false;
        }
        json = parser.isSet(QStringLiteral("json"));
        return true;
    }
    // A required or optional number; records the first problem, naming the option.
    double number(const QString& name, std::optional<double> fallback = std::nullopt)
    {
        if (!parser.isSet(name)) {
            if (!fallback && problem.isEmpty())
                problem = ModelCommand::tr("--%1 is required.").arg(name);
            return fallback.value_or(0);
        }
        bool ok = false;
        const double value = parser.value(name).toDouble(&ok);
        if ((!ok || !std::isfinite(value)) && problem.isEmpty())
            problem = ModelCommand::tr("--%1 must be a number (got \"%2\").").arg(name, parser.value(name));
        return ok ? value : 0;
    }
    std::int64_t integer(const QString& name, std::optional<std::int64_t> fallback = std::nullopt)
    {
        const double value = number(name, fallback ? std::optional<double>(static_cast<double>(*fallback)) : std::nullopt);
        if (value != std::floor(value) && problem.isEmpty())
            problem = ModelCommand::tr("--%1 must be a whole number (got \"%2\").").arg(name, parser.value(name));
        return static_cast<std::int64_t>(value);
    }
    int fail(const QString& message, int code = kExitInvalid)
    {
        if (json)
            m_streams.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact)) << '\n';
        m_streams.err << QStringLiteral("lifeboat-cli model %1: %2\n").arg(m_verb, message);
        return code;
    }
    int print(const QJsonObject& object, const QString& model)
    {
        if (json) {
            QJsonObject withModel = object;
            withModel.insert(QStringLiteral("model"), model);
            m_streams.out << QString::fromUtf8(QJsonDocument(withModel).toJson(QJsonDocument::Compact)) << '\n';
            return kExitOk;
        }
        m_streams.out << ModelCommand::tr("model: %1").arg(model) << '\n';
        for (auto it = object.begin(); it != object.end(); ++it)
            m_streams.out << it.key() << ": " << QString::number(it.value().toDouble(), 'g', 8) << '\n';
        return kExitOk;
    }

    Streams& streams() { return m_streams; }

private:
    QString m_verb;
    Streams m_streams;
};

} // namespace lifeboat::cli
