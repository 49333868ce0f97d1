#include "VersionedEditDelegate.h"

#include "model/MatrixTableModel.h"

#include <QAbstractProxyModel>
#include <QPair>

namespace pm::ui {

namespace {
constexpr char kSeenVersion[] = "probematrixSeenVersion";
constexpr char kOfferingId[] = "probematrixOfferingId";

// The committed edit's (offering id, version seen); GUI thread only.
std::optional<QPair<qint64, int>> &committed()
{
    static std::optional<QPair<qint64, int>> value;
    return value;
}

// The offering's version behind `index`, through any proxy models.
std::optional<int> versionAt(const QModelIndex &index)
{
    QModelIndex source = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model()))
        source = proxy->mapToSource(source);
    const auto *model = qobject_cast<const MatrixTableModel *>(source.model());
    if (!model || !source.isValid())
        return std::nullopt;
    return model->offering(source.row()).version;
}
} // namespace

QWidget *VersionedEditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (editor) {
        editor->setProperty(kOfferingId, index.data(MatrixTableModel::OfferingIdRole));
        if (const auto version = versionAt(index))
            editor->setProperty(kSeenVersion, *version);
    }
    return editor;
}

void VersionedEditDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QVariant id = editor->property(kOfferingId), version = editor->property(kSeenVersion);
    if (id.isValid() && version.isValid())
        committed() = QPair<qint64, int>(id.toLongLong(), version.toInt());
    QStyledItemDelegate::setModelData(editor, model, index);
    committed().reset(); // taken by the save, or the text did not change
}

std::optional<int> VersionedEditDelegate::takeSeenVersion(qint64 offeringId)
{
    auto &pending = committed();
    if (!pending || pending->first != offeringId)
        return std::nullopt;
    const int version = pending->second;
    pending.reset();
    return version;
}

} // namespace pm::ui
