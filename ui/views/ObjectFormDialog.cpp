// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObjectFormDialog.h"

#include "ui/PlanDocument.h"
#include "ui/presenters/ObjectFormSpec.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lifeboat::ui {

struct ObjectFormDialog::Editor {
    ObjectFormSpec::Field field;
    QWidget* widget = nullptr;
    QLabel* problem = nullptr;
};

namespace {

// Errors in the style's link-visited red would vanish in a dark palette; these two read on both.
QString problemHtml(const plan::PlanIssue& issue)
{
    const bool error = issue.severity == plan::Severity::Error;
    return QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
        .arg(error ? QStringLiteral("#d9453d") : QStringLiteral("#c98a12"), error ? QStringLiteral("\u2716") : QStringLiteral("\u26a0"), issue.message.toHtmlEscaped());
}

} // namespace

ObjectFormDialog::ObjectFormDialog(PlanDocument* document, Kind kind, int index, QWidget* parent, const QHash<QString, QString>& prefill)
    : QDialog(parent), m_document(document), m_kind(kind), m_index(index), m_general(new QLabel(this)), m_followed(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const plan::Plan& plan = document->plan();
    const bool adding = index < 0;
    m_originalName = adding ? QString() : plan::PlanEdit::nameAt(plan, kind, index);
    setObjectName(QStringLiteral("objectFormDialog"));
    setWindowTitle(adding ? tr("Add %1").arg(plan::PlanEdit::kindLabel(kind)) : tr("Edit %1 %2").arg(plan::PlanEdit::kindLabel(kind), m_originalName));

    const QHash<QString, QString> initial = adding ? prefill : ObjectFormSpec::toText(kind, plan::PlanEdit::toJson(plan, kind, index));
    auto* formHost = new QWidget(this);
    auto* form = new QFormLayout(formHost);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const ObjectFormSpec::Field& f : ObjectFormSpec::fields(kind)) {
        auto* e = new Editor{f};
        const QString text = initial.value(f.key);
        const QStringList choices = ObjectFormSpec::choices(plan, f.source);
        switch (f.type) {
        case ObjectFormSpec::Type::Choice:
        case ObjectFormSpec::Type::Fixed: {
            auto* box = new QComboBox(formHost);
            box->setEditable(f.type == ObjectFormSpec::Type::Choice);
            box->addItems(choices);
            if (box->isEditable()) {
                // As wide as the text fields, so a long hint ("(the policy's first
                // repository)") or a translated one is not cut off.
                box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
                box->setInsertPolicy(QComboBox::NoInsert);
                box->lineEdit()->setPlaceholderText(f.hint);
                box->setCurrentText(text);
                connect(box, &QComboBox::currentTextChanged, this, &ObjectFormDialog::textChanged);
            } else {
                box->setCurrentIndex(std::max(0, static_cast<int>(choices.indexOf(text))));
                connect(box, &QComboBox::currentIndexChanged, this, &ObjectFormDialog::textChanged);
            }
            e->widget = box;
            break;
        }
        case ObjectFormSpec::Type::Lines: {
            auto* edit = new QPlainTextEdit(text, formHost);
            edit->setPlaceholderText(f.hint);
            edit->setTabChangesFocus(true);   // Tab leaves the field, as in every other one
            edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 6);
            connect(edit, &QPlainTextEdit::textChanged, this, &ObjectFormDialog::textChanged);
            e->widget = edit;
            break;
        }
        default: {
            auto* edit = new QLineEdit(text, formHost);
            edit->setPlaceholderText(f.hint);
            if (!choices.isEmpty()) {
                auto* completer = new QCompleter(choices, edit);
                completer->setCaseSensitivity(Qt::CaseInsensitive);
                edit->setCompleter(completer);
            }
            connect(edit, &QLineEdit::textChanged, this, &ObjectFormDialog::textChanged);
            e->widget = edit;
            break;
        }
        }
        e->widget->setObjectName(f.key);
        QString help = f.help;
        if (f.type == ObjectFormSpec::Type::Lines || f.type == ObjectFormSpec::Type::List)
            help += QLatin1Char('\n') + tr("In the plan: %1").arg(choices.join(QStringLiteral(", ")));
        e->widget->setToolTip(help.trimmed());
        e->problem = new QLabel(formHost);
        e->problem->setWordWrap(true);
        e->problem->setTextFormat(Qt::RichText);
        e->problem->hide();
        auto* cell = new QWidget(formHost);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(e->widget);
        cellLayout->addWidget(e->problem);
        auto* label = new QLabel(f.required ? tr("%1 *").arg(f.label) : f.label, formHost);
        label->setBuddy(e->widget);
        form->addRow(label, cell);
        m_editors << e;
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Fields never run under the vertical scroll bar: the form is as wide as what is visible.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(formHost);

    m_general->setWordWrap(true);
    m_general->setTextFormat(Qt::RichText);
    m_general->setObjectName(QStringLiteral("generalProblems"));
    m_followed->setWordWrap(true);
    m_followed->setObjectName(QStringLiteral("followedReferences"));
    m_followed->hide();
    auto* required = new QLabel(tr("* required. Sizes, durations and shares are written as in a plan file: 30 TB, 4h, 0.5%."), this);
    required->setWordWrap(true);
    required->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_general);
    layout->addWidget(m_followed);
    layout->addWidget(required);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ObjectFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ObjectFormDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    // Room for the policy's 24 fields and a problem under one of them without a scroll bar,
    // in English and in Chinese (checked in ./scripts/screenshots).
    resize(640, kind == Kind::Policy ? 820 : 480);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);   // a check per pause in typing, not per key
    connect(&m_debounce, &QTimer::timeout, this, &ObjectFormDialog::startCheck);
    connect(&m_watcher, &QFutureWatcher<std::pair<quint64, plan::PlanEdit::Result>>::finished, this, [this] {
        auto [revision, result] = m_watcher.result();
        if (revision != m_revision) {
            startCheck();   // typed on meanwhile
            return;
        }
        m_result = std::move(result);
        m_checkedRevision = revision;
        showResult();
    });
    if (!m_editors.isEmpty())
        m_editors.front()->widget->setFocus();
    textChanged();
}

ObjectFormDialog::~ObjectFormDialog()
{
    m_watcher.waitForFinished();
    qDeleteAll(m_editors);
}

QString ObjectFormDialog::textOf(const Editor& e) const
{
    if (auto* box = qobject_cast<QComboBox*>(e.widget))
        return box->currentText();
    if (auto* edit = qobject_cast<QPlainTextEdit*>(e.widget))
        return edit->toPlainText();
    if (auto* line = qobject_cast<QLineEdit*>(e.widget))
        return line->text();
    return {};
}

QHash<QString, QString> ObjectFormDialog::texts() const
{
    QHash<QString, QString> out;
    for (const Editor* e : m_editors)
        out.insert(e->field.key, textOf(*e));
    return out;
}

QWidget* ObjectFormDialog::editorFor(const QString& key) const
{
    for (const Editor* e : m_editors)
        if (e->field.key == key)
            return e->widget;
    return nullptr;
}

void ObjectFormDialog::setText(const QString& key, const QString& text)
{
    QWidget* w = editorFor(key);
    if (auto* box = qobject_cast<QComboBox*>(w)) {
        if (box->isEditable())
            box->setCurrentText(text);
        else
            box->setCurrentIndex(box->findText(text));
    } else if (auto* edit = qobject_cast<QPlainTextEdit*>(w)) {
        edit->setPlainText(text);
    } else if (auto* line = qobject_cast<QLineEdit*>(w)) {
        line->setText(text);
    }
}

QString ObjectFormDialog::problemFor(const QString& key) const
{
    for (const Editor* e : m_editors)
        if (e->field.key == key)
            return e->problem->isHidden() ? QString() : e->problem->text();
    return {};
}

QString ObjectFormDialog::generalProblems() const
{
    return m_general->text();
}

bool ObjectFormDialog::canAccept() const
{
    return m_checkedRevision == m_revision && m_result.acceptable();
}

void ObjectFormDialog::textChanged()
{
    ++m_revision;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_debounce.start();
}

void ObjectFormDialog::startCheck()
{
    if (m_watcher.isRunning())
        return;   // its result is for an older text; the finished handler starts again
    const QJsonObject object = ObjectFormSpec::fromText(m_kind, texts());
    m_watcher.setFuture(QtConcurrent::run([plan = m_document->plan(), kind = m_kind, index = m_index, object, revision = m_revision]() {
        return std::make_pair(revision, plan::PlanEdit::put(plan, kind, index, object));
    }));
}

void ObjectFormDialog::showResult()
{
    QHash<QString, QStringList> byField;
    QStringList general;
    const QString objectPath = plan::PlanEdit::objectPath(m_kind, m_result.index);
    for (const plan::PlanIssue& issue : m_result.issues) {
        if (issue.severity == plan::Severity::Info)
            continue;
        const QString key = ObjectFormSpec::fieldForIssue(m_kind, objectPath, issue.path);
        (key.isEmpty() ? general : byField[key]) << problemHtml(issue);
    }
    for (Editor* e : std::as_const(m_editors)) {
        const QStringList lines = byField.value(e->field.key);
        e->problem->setText(lines.join(QStringLiteral("<br>")));
        e->problem->setVisible(!lines.isEmpty());
    }
    m_general->setText(general.join(QStringLiteral("<br>")));
    m_general->setVisible(!general.isEmpty());
    m_followed->setText(tr("Renaming also updates %1.").arg(m_result.followed.join(QStringLiteral(", "))));
    m_followed->setVisible(!m_result.followed.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
    emit checked();
}

void ObjectFormDialog::accept()
{
    if (!canAccept())
        return;
    const QString kind = plan::PlanEdit::kindLabel(m_kind);
    QString what;
    if (m_index < 0)
        what = tr("Add %1 %2").arg(kind, m_result.name);
    else if (m_result.name != m_originalName)
        what = tr("Rename %1 %2 to %3").arg(kind, m_originalName, m_result.name);
    else
        what = tr("Edit %1 %2").arg(kind, m_result.name);
    m_document->applyEdit(m_result.plan, what);   // false: nothing changed, nothing to undo
    QDialog::accept();
}

} // namespace lifeboat::ui
