// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"
#include "core/plan/PlanIssue.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace lifeboat::ui {

// The fields of the form for one kind of plan object, and the mapping between the form's
// text and the object's JSON. The text is what a plan file would hold ("2 TiB", "4h"), so
// the reader parses a form exactly as it parses a file; this class only flattens nested
// keys ("schedule.cron") and lists (one location per line) into editable text.
class ObjectFormSpec {
    Q_DECLARE_TR_FUNCTIONS(ObjectFormSpec)
public:
    using Kind = plan::ObjectRef::Kind;
    enum class Type {
        Text,
        Integer,     // written as a JSON number when it reads as one, else as text for the reader to refuse
        Choice,      // free text with the plan's names (or known words) offered
        Fixed,       // one of `choices`, nothing else
        Lines,       // an array, one item per line; locations are "node path"
        List,        // an array of names, comma-separated
    };
    enum class Source { None, Domains, Nodes, Datasets, Repositories, Levels, Tiers, Layouts, Roles, Disks };
    struct Field {
        QString key;             // JSON key, dotted for nested objects: "retention.keepDaily"
        QString label;
        Type type = Type::Text;
        Source source = Source::None;
        QString hint;            // greyed-out example in the empty field, in the file's units
        QString help;            // tooltip: what it means and which units it takes
        bool required = false;
    };

    static std::vector<Field> fields(Kind kind);
    static QStringList choices(const plan::Plan& plan, Source source);

    // Object <-> form text, key by key ("" for what is absent).
    static QHash<QString, QString> toText(Kind kind, const QJsonObject& object);
    static QJsonObject fromText(Kind kind, const QHash<QString, QString>& text);

    // The form field an issue path belongs to ("locations" for "$.datasets[2].locations[1].node",
    // "schedule.cron" for "...schedule.cron"); empty when it is about the whole object.
    static QString fieldForIssue(Kind kind, const QString& objectPath, const QString& issuePath);
};

} // namespace lifeboat::ui
