// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatIf.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

namespace lifeboat::model {
namespace {

// One step of a path: `.key`, `[n]` or `[name]`. (A plain struct: GCC 12 with ASan warns
// about a std::variant of QStrings.)
struct Step {
    enum class Kind : std::uint8_t { Invalid = 0, Key, Index, Named };
    Kind kind = Kind::Invalid;
    QString name;
    qsizetype index = 0;
};

Result<std::vector<Step>> parsePath(const QString& text)
{
    std::vector<Step> steps;
    qsizetype i = 0;
    if (text.startsWith(QLatin1Char('$')))
        i = 1;
    bool first = true;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('[')) {
            const qsizetype close = text.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return Error{Error::Code::Syntax, WhatIf::tr("\"[\" without \"]\" in \"%1\".").arg(text)};
            const QString inside = text.mid(i + 1, close - i - 1);
            bool isNumber = false;
            const qsizetype n = inside.toLongLong(&isNumber);
            if (inside.isEmpty())
                return Error{Error::Code::Syntax, WhatIf::tr("Empty \"[]\" in \"%1\".").arg(text)};
            if (isNumber)
                steps.push_back({Step::Kind::Index, {}, n});
            else
                steps.push_back({Step::Kind::Named, inside, 0});
            i = close + 1;
        } else {
            if (c == QLatin1Char('.'))
                ++i;
            else if (!first)
                return Error{Error::Code::Syntax, WhatIf::tr("Expected \".\" or \"[\" at position %1 of \"%2\".").arg(i + 1).arg(text)};
            qsizetype end = i;
            while (end < text.size() && text.at(end) != QLatin1Char('.') && text.at(end) != QLatin1Char('['))
                ++end;
            if (end == i)
                return Error{Error::Code::Syntax, WhatIf::tr("An empty key in \"%1\".").arg(text)};
            steps.push_back({Step::Kind::Key, text.mid(i, end - i), 0});
            i = end;
        }
        first = false;
    }
    if (steps.empty())
        return Error{Error::Code::Syntax, WhatIf::tr("The path is empty.")};
    return steps;
}

QString describe(const std::vector<Step>& steps, std::size_t upTo)
{
    QString out = QStringLiteral("$");
    for (std::size_t k = 0; k <= upTo && k < steps.size(); ++k) {
        const Step& step = steps[k];
        if (step.kind == Step::Kind::Key)
            out += QLatin1Char('.') + step.name;
        else if (step.kind == Step::Kind::Index)
            out += QStringLiteral("[%1]").arg(step.index);
        else
            out += QStringLiteral("[%1]").arg(step.name);
    }
    return out;
}

Status setAt(QJsonValue& current, const std::vector<Step>& steps, std::size_t k, const QJsonValue& value)
{
    const bool last = k + 1 == steps.size();
    const Step& step = steps[k];
    if (step.kind == Step::Kind::Key) {
        const Step* key = &step;
        if (!current.isObject())
            return Error{Error::Code::NotFound, WhatIf::tr("%1: not an object, so it has no key \"%2\".").arg(describe(steps, k - 1), key->name)};
        QJsonObject object = current.toObject();
        if (last) {
            object.insert(key->name, value);
        } else {
            if (!object.contains(key->name))
                return Error{Error::Code::NotFound, WhatIf::tr("%1: no such field.").arg(describe(steps, k))};
            QJsonValue child = object.value(key->name);
            if (auto s = setAt(child, steps, k + 1, value); !s)
                return s;
            object.insert(key->name, child);
        }
        current = object;
        return success();
    }
    if (!current.isArray())
        return Error{Error::Code::NotFound, WhatIf::tr("%1: not a list.").arg(k == 0 ? QStringLiteral("$") : describe(steps, k - 1))};
    QJsonArray array = current.toArray();
    qsizetype at = -1;
    if (step.kind == Step::Kind::Index) {
        at = step.index;
        if (at < 0 || at >= array.size())
            return Error{Error::Code::NotFound, WhatIf::tr("%1: the list has %n element(s).", nullptr, static_cast<int>(array.size())).arg(describe(steps, k))};
    } else {
        const QString& name = step.name;
        for (qsizetype j = 0; j < array.size(); ++j) {
            const QJsonObject o = array.at(j).toObject();
            if (o.value(QLatin1String("name")).toString() == name || o.value(QLatin1String("id")).toString() == name) {
                at = j;
                break;
            }
        }
        if (at < 0)
            return Error{Error::Code::NotFound, WhatIf::tr("%1: no element is named \"%2\".").arg(describe(steps, k), name)};
    }
    if (last) {
        array[at] = value;
    } else {
        QJsonValue child = array.at(at);
        if (auto s = setAt(child, steps, k + 1, value); !s)
            return s;
        array[at] = child;
    }
    current = array;
    return success();
}

} // namespace

Status WhatIf::apply(QJsonObject& root, const QString& assignment)
{
    const qsizetype equals = assignment.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return Error{Error::Code::Syntax, tr("A what-if must look like PATH=VALUE (got \"%1\").").arg(assignment)};
    auto steps = parsePath(assignment.left(equals).trimmed());
    if (!steps)
        return steps.error();
    const QString text = assignment.mid(equals + 1).trimmed();
    QJsonValue value(text);
    QJsonParseError parseError;
    const QJsonDocument wrapped = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &parseError);
    if (parseError.error == QJsonParseError::NoError && wrapped.array().size() == 1)
        value = wrapped.array().at(0);
    QJsonValue top(root);
    if (auto s = setAt(top, *steps, 0, value); !s)
        return Error{s.error().code, tr("What-if \"%1\": %2").arg(assignment, s.error().message)};
    root = top.toObject();
    return success();
}

} // namespace lifeboat::model
