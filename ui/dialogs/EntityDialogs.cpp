#include "EntityDialogs.h"

#include "common/Dialogs.h"
#include "dialogs/ConflictDialog.h"
#include "edit/MatrixEditor.h"
#include "model/CellText.h"
#include "model/MatrixTableModel.h"

#include "common/TextMatch.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace pm::ui {

namespace {

// A save the database refused because another user changed the entity since the form
// opened (its version there is no longer the form's): the conflict dialog shows the refusal,
// which names their change, and offers to reload the form with the current values (the form
// closes and opens again with them) or to save these values again over the current version
// (issue 15, finding 1). Any other refusal (a bad value, a lost connection) stays in the
// form as before.
template <typename T, typename Save>
Result<void> resolveRefusal(QWidget *parent, const Error &refusal, T mine, const Result<std::optional<T>> &current, Save save, std::optional<T> &reopenWith)
{
    if (mine.id == 0 || !current)
        return refusal;
    if (*current && (*current)->version == mine.version)
        return refusal; // not a conflict
    switch (ConflictDialog::ask(parent, refusal.text())) {
    case ConflictDialog::Choice::Reapply: {
        if (!*current)
            return refusal; // deleted meanwhile: nothing to save over
        mine.version = (*current)->version;
        auto again = save(mine);
        return again ? Result<void>() : Result<void>(again.error());
    }
    case ConflictDialog::Choice::Reload:
        reopenWith = *current;
        return {}; // closes the form
    case ConflictDialog::Choice::Cancel:
        break;
    }
    return refusal;
}
QString levelName(const OrdinalRange &r) { return r.known() ? scale::rangeText(Scale::Level, r) : QString(); }

QComboBox *levelCombo(const OrdinalRange &value, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(EntityListDialog::tr("unknown"), -1);
    for (int l = 0; l < scale::size(Scale::Level); ++l)
        combo->addItem(scale::name(Scale::Level, l), l);
    combo->setCurrentIndex(value.known() ? value.typical() + 1 : 0);
    return combo;
}

OrdinalRange levelOf(const QComboBox *combo)
{
    const int l = combo->currentData().toInt();
    return l >= 0 ? OrdinalRange{l, l} : OrdinalRange{};
}

QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QString &s : text::splitTopLevel(text))
        if (!s.trimmed().isEmpty())
            out.append(s.trimmed());
    return out;
}

// A form dialog: rows added by the caller, OK runs `accept` and stays open on an error.
class FormDialog : public QDialog {
public:
    FormDialog(const QString &title, QWidget *parent) : QDialog(parent), form(new QFormLayout), problem(new QLabel(this))
    {
        setObjectName(QStringLiteral("entityForm"));
        setWindowTitle(title);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        problem->setObjectName(QStringLiteral("formProblem"));
        problem->setWordWrap(true);
        problem->setTextFormat(Qt::PlainText); // the message quotes what was typed
        problem->setStyleSheet(QStringLiteral("color: palette(link);"));
        layout->addWidget(problem);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, [this] {
            const Result<void> ok = onAccept ? onAccept() : Result<void>();
            if (ok)
                accept();
            else
                problem->setText(ok.error().text());
        });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }
    QLineEdit *line(const QString &label, const QString &value)
    {
        auto *e = new QLineEdit(value, this);
        form->addRow(label, e);
        return e;
    }

    QFormLayout *form;
    QLabel *problem;
    std::function<Result<void>()> onAccept;
};

Result<std::optional<double>> coordinate(const QLineEdit *edit, const QString &name)
{
    const QString t = edit->text().trimmed();
    if (t.isEmpty())
        return std::optional<double>();
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok)
        return makeError(EntityListDialog::tr("\"%1\" is not a number (write decimal degrees, e.g. 45.21)").arg(t), name);
    return std::optional<double>(v);
}
} // namespace

Result<QList<InstrumentRef>> parseInstrumentLines(const QString &text, const Matrix &matrix, bool qualityColumn)
{
    QList<InstrumentRef> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const QStringList parts = lines[i].split(QLatin1Char(';'));
        const QString where = EntityListDialog::tr("instrument line %1").arg(i + 1);
        if (parts.size() < 2 || parts.size() > 4)
            return makeError(EntityListDialog::tr("write partner; technique; instrument; %1").arg(qualityColumn ? EntityListDialog::tr("quality (low/medium/high)") : EntityListDialog::tr("air-tight (yes/no)")), where);
        InstrumentRef ref;
        ref.partner = parts[0].trimmed();
        ref.technique = parts[1].trimmed();
        ref.instrument = parts.value(2).trimmed();
        const Partner *p = matrix.partner(ref.partner);
        if (!p)
            return makeError(EntityListDialog::tr("partner \"%1\" is not in the matrix; did you mean %2?")
                                 .arg(ref.partner, text::humanList(text::closest(ref.partner, matrix.partnerNames()))), where);
        ref.partner = p->shortName;
        const QString last = parts.value(3).trimmed();
        if (qualityColumn) {
            if (!last.isEmpty()) {
                const auto level = scale::parseLevel(Scale::Level, last);
                if (!level)
                    return makeError(EntityListDialog::tr("quality \"%1\" is not on the scale Low < Medium < High").arg(last), where);
                ref.dataQuality = OrdinalRange{*level, *level};
            }
        } else {
            const QString t = last.toLower();
            if (!t.isEmpty() && t != u"yes" && t != u"no" && t != u"air-tight" && t != u"airtight")
                return makeError(EntityListDialog::tr("air-tight must be yes or no, not \"%1\"").arg(last), where);
            ref.airTight = t == u"yes" || t == u"air-tight" || t == u"airtight";
        }
        out.append(ref);
    }
    return out;
}

QString instrumentLines(const QList<InstrumentRef> &refs, bool qualityColumn)
{
    QStringList lines;
    for (const InstrumentRef &r : refs)
        lines.append(QStringLiteral("%1; %2; %3; %4")
                         .arg(r.partner, r.technique, r.instrument,
                              qualityColumn ? levelName(r.dataQuality) : (r.airTight ? QStringLiteral("yes") : QStringLiteral("no"))));
    return lines.join(QLatin1Char('\n'));
}

EntityListDialog::EntityListDialog(MatrixEditor *editor, MatrixTableModel *model, const QString &title, const QStringList &headers,
                                   QWidget *parent)
    : QDialog(parent), m_editor(editor), m_model(model), m_table(new QTableWidget(this))
{
    setWindowTitle(title);
    auto *layout = new QHBoxLayout(this);
    m_table->setObjectName(QStringLiteral("entityTable"));
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QVBoxLayout;
    auto addButton = [&](const QString &text, const QString &name, auto &&slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    addButton(tr("&Add…"), QStringLiteral("addButton"), [this] { add(); refresh(); });
    addButton(tr("&Edit…"), QStringLiteral("editButton"), [this] { if (currentRow() >= 0) edit(currentRow(), false); refresh(); });
    addButton(tr("D&uplicate…"), QStringLiteral("duplicateButton"), [this] { if (currentRow() >= 0) edit(currentRow(), true); refresh(); });
    addButton(tr("&Delete"), QStringLiteral("deleteButton"), [this] { if (currentRow() >= 0) remove(currentRow()); refresh(); });
    buttons->addStretch(1);
    addButton(tr("Close"), QStringLiteral("closeButton"), [this] { accept(); });
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { edit(row, false); refresh(); });
    resize(900, 480);
}

void EntityListDialog::refresh()
{
    const QList<QStringList> r = rows();
    m_table->setRowCount(int(r.size()));
    for (int i = 0; i < r.size(); ++i)
        for (int c = 0; c < r[i].size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(r[i][c]));
    m_table->resizeColumnsToContents();
}

int EntityListDialog::currentRow() const { return m_table->currentRow(); }

void EntityListDialog::report(const Result<void> &result)
{
    if (!result)
        MessageBox::warning(this, windowTitle(), result.error().text());
}

// Partners

PartnerListDialog::PartnerListDialog(MatrixEditor *editor, MatrixTableModel *model, QWidget *parent)
    : EntityListDialog(editor, model, tr("Partners"), {tr("Short name"), tr("Full name"), tr("Type"), tr("City"), tr("Country"), tr("Website")}, parent)
{
    setObjectName(QStringLiteral("partnerList"));
    refresh();
}

QList<QStringList> PartnerListDialog::rows() const
{
    QList<QStringList> out;
    for (const Partner &p : m_model->matrix().partners)
        out.append({p.shortName, p.fullName, partnerKindText(p.kind), p.city, p.country, p.website});
    return out;
}

void PartnerListDialog::add() { openForm(Partner{}); }

void PartnerListDialog::edit(int row, bool duplicate)
{
    Partner p = m_model->matrix().partners.value(row);
    if (duplicate) {
        p.id = 0;
        p.shortName += tr(" (copy)");
    }
    openForm(p);
}

void PartnerListDialog::remove(int row)
{
    const Partner p = m_model->matrix().partners.value(row);
    if (MessageBox::question(this, tr("Delete partner"), tr("Delete partner %1? You can undo this.").arg(p.shortName)) == QMessageBox::Yes)
        report(m_editor->deletePartner(p.id, p.version)); // the version shown when asked
}

void PartnerListDialog::openForm(Partner partner)
{
    std::optional<Partner> reopenWith; // set when the user reloads after a conflict
    FormDialog form(partner.id ? tr("Edit partner %1").arg(partner.shortName) : tr("Add partner"), this);
    QLineEdit *shortName = form.line(tr("Short name (as the matrix writes it)"), partner.shortName);
    QLineEdit *fullName = form.line(tr("Full name"), partner.fullName);
    auto *kind = new QComboBox(&form);
    for (PartnerKind k : {PartnerKind::Laboratory, PartnerKind::LargeScaleFacility, PartnerKind::Industry})
        kind->addItem(partnerKindText(k), int(k));
    kind->setCurrentIndex(kind->findData(int(partner.kind)));
    form.form->addRow(tr("Type"), kind);
    QLineEdit *aliases = form.line(tr("Other names (comma-separated)"), partner.aliases.join(QStringLiteral(", ")));
    QLineEdit *site = form.line(tr("Site"), partner.site);
    QLineEdit *city = form.line(tr("City"), partner.city);
    QLineEdit *country = form.line(tr("Country"), partner.country);
    QLineEdit *code = form.line(tr("Country code"), partner.countryCode);
    QLineEdit *lat = form.line(tr("Latitude"), partner.latitude ? QString::number(*partner.latitude) : QString());
    QLineEdit *lon = form.line(tr("Longitude"), partner.longitude ? QString::number(*partner.longitude) : QString());
    QLineEdit *website = form.line(tr("Website"), partner.website);
    form.onAccept = [&]() -> Result<void> {
        Partner p = partner;
        p.shortName = shortName->text().simplified();
        p.fullName = fullName->text().simplified();
        p.kind = PartnerKind(kind->currentData().toInt());
        p.aliases = listOf(aliases->text());
        p.site = site->text().trimmed();
        p.city = city->text().trimmed();
        p.country = country->text().trimmed();
        p.countryCode = code->text().trimmed().toUpper();
        auto la = coordinate(lat, tr("latitude"));
        if (!la)
            return la.error();
        auto lo = coordinate(lon, tr("longitude"));
        if (!lo)
            return lo.error();
        p.latitude = *la;
        p.longitude = *lo;
        p.website = website->text().trimmed();
        auto saved = m_editor->savePartner(p);
        if (saved)
            return {};
        return resolveRefusal<Partner>(this, saved.error(), p, m_editor->storedEntity<Partner>(p.id), [&](const Partner &x) { return m_editor->savePartner(x); },
                                       reopenWith);
    };
    form.exec();
    if (reopenWith)
        openForm(*reopenWith);
}

// Sample holders

HolderListDialog::HolderListDialog(MatrixEditor *editor, MatrixTableModel *model, QWidget *parent)
    : EntityListDialog(editor, model, tr("Sample holders"), {tr("Label"), tr("Owner"), tr("Availability"), tr("Shapes"), tr("Instruments")}, parent)
{
    setObjectName(QStringLiteral("holderList"));
    refresh();
}

QList<QStringList> HolderListDialog::rows() const
{
    QList<QStringList> out;
    for (const SampleHolder &h : m_model->matrix().holders)
        out.append({h.label, h.owner, levelName(h.availability), h.shapes.join(QStringLiteral(", ")),
                    instrumentLines(h.instruments, false).replace(QLatin1Char('\n'), QStringLiteral(" | "))});
    return out;
}

void HolderListDialog::add() { openForm(SampleHolder{}); }

void HolderListDialog::edit(int row, bool duplicate)
{
    SampleHolder h = m_model->matrix().holders.value(row);
    if (duplicate) {
        h.id = 0;
        h.label += tr(" (copy)");
    }
    openForm(h);
}

void HolderListDialog::remove(int row)
{
    const SampleHolder h = m_model->matrix().holders.value(row);
    if (MessageBox::question(this, tr("Delete sample holder"), tr("Delete %1? You can undo this.").arg(h.label)) == QMessageBox::Yes)
        report(m_editor->deleteHolder(h.id, h.version));
}

void HolderListDialog::openForm(SampleHolder holder)
{
    std::optional<SampleHolder> reopenWith; // set when the user reloads after a conflict
    FormDialog form(holder.id ? tr("Edit sample holder %1").arg(holder.label) : tr("Add sample holder"), this);
    QLineEdit *label = form.line(tr("Label"), holder.label);
    QLineEdit *owner = form.line(tr("Owner (partner)"), holder.owner);
    QComboBox *availability = levelCombo(holder.availability, &form);
    form.form->addRow(tr("Availability"), availability);
    QLineEdit *shapes = form.line(tr("Sample shapes (comma-separated)"), holder.shapes.join(QStringLiteral(", ")));
    auto *instruments = new QPlainTextEdit(instrumentLines(holder.instruments, false), &form);
    instruments->setPlaceholderText(tr("one per line: partner; technique; instrument; air-tight (yes/no)"));
    form.form->addRow(tr("Instruments"), instruments);
    QLineEdit *source = form.line(tr("Source"), holder.source);
    form.onAccept = [&]() -> Result<void> {
        SampleHolder h = holder;
        h.label = label->text().simplified();
        h.owner = owner->text().simplified();
        if (!h.owner.isEmpty() && !m_model->matrix().partner(h.owner))
            return makeError(tr("owner \"%1\" is not a partner of the matrix").arg(h.owner), tr("owner"));
        h.availability = levelOf(availability);
        h.shapes = listOf(shapes->text());
        auto refs = parseInstrumentLines(instruments->toPlainText(), m_model->matrix(), false);
        if (!refs)
            return refs.error();
        h.instruments = *refs;
        h.source = source->text().trimmed();
        auto saved = m_editor->saveHolder(h);
        if (saved)
            return {};
        return resolveRefusal<SampleHolder>(this, saved.error(), h, m_editor->storedEntity<SampleHolder>(h.id),
                                            [&](const SampleHolder &x) { return m_editor->saveHolder(x); }, reopenWith);
    };
    form.exec();
    if (reopenWith)
        openForm(*reopenWith);
}

// Operando cells

CellListDialog::CellListDialog(MatrixEditor *editor, MatrixTableModel *model, QWidget *parent)
    : EntityListDialog(editor, model, tr("Operando cells"),
                       {tr("Name"), tr("Owner"), tr("Performance"), tr("Availability"), tr("Shapes"), tr("Instruments")}, parent)
{
    setObjectName(QStringLiteral("cellList"));
    refresh();
}

QList<QStringList> CellListDialog::rows() const
{
    QList<QStringList> out;
    for (const OperandoCell &c : m_model->matrix().cells)
        out.append({c.name, c.owner, levelName(c.performance), levelName(c.availability), c.shapes.join(QStringLiteral(", ")),
                    instrumentLines(c.instruments, true).replace(QLatin1Char('\n'), QStringLiteral(" | "))});
    return out;
}

void CellListDialog::add() { openForm(OperandoCell{}); }

void CellListDialog::edit(int row, bool duplicate)
{
    OperandoCell c = m_model->matrix().cells.value(row);
    if (duplicate) {
        c.id = 0;
        c.name += tr(" (copy)");
    }
    openForm(c);
}

void CellListDialog::remove(int row)
{
    const OperandoCell c = m_model->matrix().cells.value(row);
    if (MessageBox::question(this, tr("Delete operando cell"), tr("Delete %1? You can undo this.").arg(c.name)) == QMessageBox::Yes)
        report(m_editor->deleteCell(c.id, c.version));
}

void CellListDialog::openForm(OperandoCell cell)
{
    std::optional<OperandoCell> reopenWith; // set when the user reloads after a conflict
    FormDialog form(cell.id ? tr("Edit operando cell %1").arg(cell.name) : tr("Add operando cell"), this);
    QLineEdit *name = form.line(tr("Name"), cell.name);
    QLineEdit *owner = form.line(tr("Owner (partner)"), cell.owner);
    QComboBox *performance = levelCombo(cell.performance, &form);
    form.form->addRow(tr("Electrochemical performance"), performance);
    QComboBox *availability = levelCombo(cell.availability, &form);
    form.form->addRow(tr("Availability"), availability);
    QLineEdit *shapes = form.line(tr("Sample shapes (comma-separated)"), cell.shapes.join(QStringLiteral(", ")));
    auto *instruments = new QPlainTextEdit(instrumentLines(cell.instruments, true), &form);
    instruments->setPlaceholderText(tr("one per line: partner; technique; instrument; data quality (low/medium/high)"));
    form.form->addRow(tr("Instruments"), instruments);
    QLineEdit *source = form.line(tr("Source"), cell.source);
    form.onAccept = [&]() -> Result<void> {
        OperandoCell c = cell;
        c.name = name->text().simplified();
        c.owner = owner->text().simplified();
        if (!c.owner.isEmpty() && !m_model->matrix().partner(c.owner))
            return makeError(tr("owner \"%1\" is not a partner of the matrix").arg(c.owner), tr("owner"));
        c.performance = levelOf(performance);
        c.availability = levelOf(availability);
        c.shapes = listOf(shapes->text());
        auto refs = parseInstrumentLines(instruments->toPlainText(), m_model->matrix(), true);
        if (!refs)
            return refs.error();
        c.instruments = *refs;
        c.source = source->text().trimmed();
        auto saved = m_editor->saveCell(c);
        if (saved)
            return {};
        return resolveRefusal<OperandoCell>(this, saved.error(), c, m_editor->storedEntity<OperandoCell>(c.id),
                                            [&](const OperandoCell &x) { return m_editor->saveCell(x); }, reopenWith);
    };
    form.exec();
    if (reopenWith)
        openForm(*reopenWith);
}

} // namespace pm::ui
