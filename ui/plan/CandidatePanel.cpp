#include "CandidatePanel.h"

#include "planning/Candidates.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pm::ui {

QString reasonTitle(const QString &reasonCode)
{
    static const QMap<QString, const char *> titles{
        {QStringLiteral("sample_shape"), QT_TRANSLATE_NOOP("pm::ui::CandidatePanel", "sample shape not taken")},
        {QStringLiteral("roi"), QT_TRANSLATE_NOOP("pm::ui::CandidatePanel", "cannot find the region of interest")},
        {QStringLiteral("mode"), QT_TRANSLATE_NOOP("pm::ui::CandidatePanel", "mode not offered")},
        {QStringLiteral("no_operando_cell"), QT_TRANSLATE_NOOP("pm::ui::CandidatePanel", "no operando cell")},
        {QStringLiteral("time_resolution"), QT_TRANSLATE_NOOP("pm::ui::CandidatePanel", "too slow for the time resolution")},
        {QStringLiteral("type1_not_combined"), QT_TRANSLATE_NOOP("pm::ui::CandidatePanel", "cannot measure the Type 1 group at once")},
        {QStringLiteral("type2_no_holder"), QT_TRANSLATE_NOOP("pm::ui::CandidatePanel", "no shared holder for Type 2")},
        {QStringLiteral("excluded"), QT_TRANSLATE_NOOP("pm::ui::CandidatePanel", "excluded by you")},
        {QStringLiteral("element"), QT_TRANSLATE_NOOP("pm::ui::CandidatePanel", "cannot reach the element")},
    };
    const auto it = titles.constFind(reasonCode);
    return it == titles.cend() ? reasonCode : CandidatePanel::tr(it.value());
}

CandidatePanel::CandidatePanel(const Matrix &matrix, QWidget *parent)
    : QWidget(parent), m_matrix(matrix), m_tree(new QTreeWidget(this)), m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Candidate offerings</b>"), this);
    layout->addWidget(title);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree->setHeaderLabels({tr("Observable / removed because"), tr("Offerings")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setRootIsDecorated(true);
    layout->addWidget(m_tree, 1);
    setMinimumWidth(290);
}

int CandidatePanel::remaining(const QString &observable) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == observable)
            return m_tree->topLevelItem(i)->text(1).toInt();
    return -1;
}

void CandidatePanel::update(const Request &request)
{
    m_tree->clear();
    if (request.observables.isEmpty()) {
        m_summary->setText(tr("Choose observables to see which offerings can measure them."));
        return;
    }
    const CandidateSet set = filterCandidates(request, m_matrix);
    int empty = 0;
    for (int i = 0; i < set.observables.size(); ++i) {
        const QString &observable = set.observables[i];
        const int count = int(set.candidates.value(i).size());
        auto *item = new QTreeWidgetItem(m_tree, {observable, QString::number(count)});
        item->setData(0, Qt::UserRole, observable);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (count == 0) {
            ++empty;
            item->setForeground(0, QColor(0xb0, 0x3a, 0x2e));
            item->setForeground(1, QColor(0xb0, 0x3a, 0x2e));
        }
        QMap<QString, int> removed;
        for (const Rejection &r : set.rejected)
            if (r.observable == observable)
                ++removed[r.reasonCode];
        for (auto it = removed.cbegin(); it != removed.cend(); ++it) {
            auto *child = new QTreeWidgetItem(item, {reasonTitle(it.key()), QStringLiteral("−%1").arg(it.value())});
            child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            child->setForeground(0, palette().color(QPalette::PlaceholderText));
        }
        item->setExpanded(!removed.isEmpty());
    }
    m_summary->setText(empty == 0 ? tr("Every observable can be measured as asked.")
                                  : tr("%n observable(s) cannot be measured as asked: relax the criteria shown below.", nullptr, empty));
}

} // namespace pm::ui
