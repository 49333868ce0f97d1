#pragma once

#include <QStyledItemDelegate>

#include <optional>

namespace pm::ui {

// The matrix tables' in-table editor. It remembers the row's version when the editor
// opens and, when the text is committed, leaves (offering id, that version) for the main
// window, which saves the edit against it (takeSeenVersion): a live update that replaces
// the row while the editor is open makes the save fail instead of overwriting the other
// user's change (issue 15, finding 1). The model emits cellEditRequested synchronously
// from setModelData, so the version is taken by the same edit that left it.
class VersionedEditDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // The version the editor of `offeringId` saw when it opened, once; nullopt when the
    // edit did not come through such an editor.
    static std::optional<int> takeSeenVersion(qint64 offeringId);
};

} // namespace pm::ui
