// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace lifeboat::ui {

// A view whose capability is not built yet says so in one line instead of showing
// invented data.
class PendingView : public QLabel {
    Q_OBJECT
public:
    PendingView(const QString& sentence, QWidget* parent = nullptr);
};

} // namespace lifeboat::ui
