// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpanel.h"

#include <core/frequency/frequencyceiling.h>
#include <core/policy/caseevaluation.h>
#include <core/vcf/consequenceparser.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace Gui {

namespace {

const QString kCurrentKey = QStringLiteral("filters/current");
const QString kLegacyPresetKey = QStringLiteral("filters/preset");
const QString kSetsGroup = QStringLiteral("filters/sets");

// The least severe SO term each consequence choice keeps (ConsequenceParser's ranking).
const char *const kConsequenceTerms[] = {
        "",
        "splice_region_variant",
        "protein_altering_variant",
        "start_lost",
};

// A form label for \a field (QFormLayout makes none for an empty text); text set later.
QLabel *buddyLabel(QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    return label;
}

// The text of a check box, wrapped: QCheckBox never wraps its own text, and a long one (or its
// translation) made the panel wider than the dock on a laptop screen, cutting off its right
// edge. A click on the text toggles the box, as on the box's own text.
class CheckBoxText final : public QLabel
{
public:
    explicit CheckBoxText(QCheckBox *check)
        : QLabel(check->parentWidget())
        , m_check(check)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        setBuddy(check);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        setEnabled(check->isEnabled());
        check->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Greyed out with its box (the policy's genes need an evaluated case).
        if (watched == m_check && event->type() == QEvent::EnabledChange)
            setEnabled(m_check->isEnabled());
        return QLabel::eventFilter(watched, event);
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && m_check->isEnabled()
            && rect().contains(event->pos()))
            m_check->click();
        QLabel::mouseReleaseEvent(event);
    }

private:
    QCheckBox *m_check;
};

// \a check and its wrapping text in one row.
QWidget *wrapping(QCheckBox *check, QHash<QCheckBox *, QLabel *> &texts)
{
    auto *row = new QWidget(check->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *text = new CheckBoxText(check);
    text->setParent(row);
    layout->addWidget(check, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    texts.insert(check, text);
    return row;
}

QStringList splitGenes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList genes;
    for (const QString &gene : text.split(separators, Qt::SkipEmptyParts))
        genes.append(gene.toUpper());
    return genes;
}

} // namespace

QVariantMap FilterPanel::Choices::toMap() const
{
    return {
            {QStringLiteral("preset"), preset},
            {QStringLiteral("genes"), genes},
            {QStringLiteral("policyGenesOnly"), policyGenesOnly},
            {QStringLiteral("policyFindingsOnly"), policyFindingsOnly},
            {QStringLiteral("frequencyCeiling"), frequencyCeiling},
            {QStringLiteral("maximumFrequencyPercent"), maximumFrequencyPercent},
            {QStringLiteral("populations"), populations},
            {QStringLiteral("useFilteringAlleleFrequency"), useFilteringAlleleFrequency},
            {QStringLiteral("minimumDepth"), minimumDepth},
            {QStringLiteral("minimumGenotypeQuality"), minimumGenotypeQuality},
            {QStringLiteral("minimumAlleleBalancePercent"), minimumAlleleBalancePercent},
            {QStringLiteral("consequence"), consequence},
            {QStringLiteral("clinvarPathogenicOnly"), clinvarPathogenicOnly},
    };
}

FilterPanel::Choices FilterPanel::Choices::fromMap(const QVariantMap &map)
{
    Choices choices;
    choices.preset = map.value(QStringLiteral("preset"), choices.preset).toInt();
    choices.genes = map.value(QStringLiteral("genes")).toStringList();
    choices.policyGenesOnly = map.value(QStringLiteral("policyGenesOnly")).toBool();
    choices.policyFindingsOnly = map.value(QStringLiteral("policyFindingsOnly")).toBool();
    choices.frequencyCeiling = map.value(QStringLiteral("frequencyCeiling")).toBool();
    choices.maximumFrequencyPercent
            = map.value(QStringLiteral("maximumFrequencyPercent"), choices.maximumFrequencyPercent)
                      .toDouble();
    choices.populations = map.value(QStringLiteral("populations")).toStringList();
    choices.useFilteringAlleleFrequency
            = map.value(QStringLiteral("useFilteringAlleleFrequency")).toBool();
    choices.minimumDepth = map.value(QStringLiteral("minimumDepth")).toInt();
    choices.minimumGenotypeQuality = map.value(QStringLiteral("minimumGenotypeQuality")).toInt();
    choices.minimumAlleleBalancePercent
            = map.value(QStringLiteral("minimumAlleleBalancePercent")).toInt();
    choices.consequence = map.value(QStringLiteral("consequence")).toString();
    choices.clinvarPathogenicOnly = map.value(QStringLiteral("clinvarPathogenicOnly")).toBool();
    return choices;
}

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_savedSets(new QComboBox(this))
    , m_saveSet(new QPushButton(this))
    , m_removeSet(new QPushButton(this))
    , m_genes(new QLineEdit(this))
    , m_policyGenesOnly(new QCheckBox(this))
    , m_policyFindingsOnly(new QCheckBox(this))
    , m_frequencyGroup(new QGroupBox(this))
    , m_maximumFrequency(new QDoubleSpinBox(this))
    , m_populations(new QToolButton(this))
    , m_filteringAlleleFrequency(new QCheckBox(this))
    , m_qualityGroup(new QGroupBox(this))
    , m_minimumDepth(new QSpinBox(this))
    , m_minimumGenotypeQuality(new QSpinBox(this))
    , m_minimumAlleleBalance(new QSpinBox(this))
    , m_consequence(new QComboBox(this))
    , m_clinvarPathogenic(new QCheckBox(this))
    , m_steps(new QTreeView(this))
    , m_stepModel(new QStandardItemModel(0, 2, this))
    , m_total(new QLabel(this))
    , m_cascadeLabel(new QLabel(this))
{
    for (const Core::FilterCascade::Preset preset : Core::FilterCascade::presets())
        m_preset->addItem(Core::FilterCascade::presetName(preset), int(preset));
    m_preset->setObjectName(QStringLiteral("filterPreset"));
    m_savedSets->setObjectName(QStringLiteral("filterSavedSets"));
    m_saveSet->setObjectName(QStringLiteral("filterSaveSet"));
    m_removeSet->setObjectName(QStringLiteral("filterRemoveSet"));
    m_genes->setClearButtonEnabled(true);
    m_genes->setObjectName(QStringLiteral("filterGenes"));
    m_policyGenesOnly->setObjectName(QStringLiteral("filterPolicyGenes"));
    m_policyGenesOnly->setEnabled(false);
    m_policyFindingsOnly->setObjectName(QStringLiteral("filterPolicyFindings"));

    m_frequencyGroup->setObjectName(QStringLiteral("filterFrequency"));
    m_frequencyGroup->setCheckable(true);
    m_frequencyGroup->setChecked(false);
    m_maximumFrequency->setObjectName(QStringLiteral("filterMaximumFrequency"));
    m_maximumFrequency->setDecimals(3);
    m_maximumFrequency->setRange(0.0, 100.0);
    m_maximumFrequency->setSingleStep(0.1);
    m_maximumFrequency->setValue(1.0);
    m_maximumFrequency->setSuffix(QStringLiteral(" %"));
    m_populations->setObjectName(QStringLiteral("filterPopulations"));
    m_populations->setPopupMode(QToolButton::InstantPopup);
    m_populations->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_populations->setMenu(new QMenu(m_populations));
    // As wide as the field above: the style draws the menu arrow in the button's corner, over
    // the end of a text that fills a button sized to it ("highest population").
    m_populations->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_filteringAlleleFrequency->setObjectName(QStringLiteral("filterUseFaf"));
    m_frequencyForm = new QFormLayout(m_frequencyGroup);
    m_frequencyForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_frequencyForm->addRow(buddyLabel(m_maximumFrequency), m_maximumFrequency);
    m_frequencyForm->addRow(buddyLabel(m_populations), m_populations);
    m_frequencyForm->addRow(wrapping(m_filteringAlleleFrequency, m_checkTexts));

    m_qualityGroup->setObjectName(QStringLiteral("filterQuality"));
    m_qualityGroup->setCheckable(true);
    m_qualityGroup->setChecked(false);
    m_minimumDepth->setObjectName(QStringLiteral("filterMinimumDepth"));
    m_minimumDepth->setRange(0, 10000);
    m_minimumGenotypeQuality->setObjectName(QStringLiteral("filterMinimumGq"));
    m_minimumGenotypeQuality->setRange(0, 99);
    m_minimumAlleleBalance->setObjectName(QStringLiteral("filterMinimumAlleleBalance"));
    m_minimumAlleleBalance->setRange(0, 100);
    m_minimumAlleleBalance->setSuffix(QStringLiteral(" %"));
    m_qualityForm = new QFormLayout(m_qualityGroup);
    m_qualityForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_qualityForm->addRow(buddyLabel(m_minimumDepth), m_minimumDepth);
    m_qualityForm->addRow(buddyLabel(m_minimumGenotypeQuality), m_minimumGenotypeQuality);
    m_qualityForm->addRow(buddyLabel(m_minimumAlleleBalance), m_minimumAlleleBalance);

    m_consequence->setObjectName(QStringLiteral("filterConsequence"));
    for (const char *term : kConsequenceTerms)
        m_consequence->addItem(QString(), QString::fromLatin1(term));
    m_clinvarPathogenic->setObjectName(QStringLiteral("filterClinvar"));

    m_steps->setModel(m_stepModel);
    m_steps->setRootIsDecorated(false);
    m_steps->setAlternatingRowColors(true);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->setObjectName(QStringLiteral("filterSteps"));
    m_steps->setMinimumHeight(120);

    // The saved sets above their buttons, and combo boxes that may be narrower than their
    // longest entry: on a laptop screen the dock is narrow, and whatever does not fit is cut
    // off at its right edge (the Delete button was).
    for (QComboBox *box : {m_preset, m_savedSets, m_consequence}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    auto *setButtons = new QHBoxLayout;
    setButtons->addStretch(1);
    setButtons->addWidget(m_saveSet);
    setButtons->addWidget(m_removeSet);
    auto *setColumn = new QVBoxLayout;
    setColumn->addWidget(m_savedSets);
    setColumn->addLayout(setButtons);
    m_setRow = setColumn;

    m_form = new QFormLayout;
    // Labels go above their fields when the dock is narrow, rather than clipping the fields.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->addRow(buddyLabel(m_preset), m_preset);
    m_form->addRow(buddyLabel(m_savedSets), m_setRow);
    m_form->addRow(buddyLabel(m_genes), m_genes);
    m_form->addRow(buddyLabel(m_consequence), m_consequence);
    m_form->addRow(wrapping(m_clinvarPathogenic, m_checkTexts));
    m_form->addRow(wrapping(m_policyGenesOnly, m_checkTexts));
    m_form->addRow(wrapping(m_policyFindingsOnly, m_checkTexts));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_frequencyGroup);
    layout->addWidget(m_qualityGroup);
    layout->addWidget(m_cascadeLabel);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_total);

    retranslate();

    QSettings settings;
    Choices saved = Choices::fromMap(settings.value(kCurrentKey).toMap());
    if (!settings.contains(kCurrentKey) && settings.contains(kLegacyPresetKey))
        saved.preset = settings.value(kLegacyPresetKey).toInt();
    setChoices(saved);
    updateSavedSets();

    const auto changedNow = [this] {
        choicesChanged();
    };
    connect(m_preset, &QComboBox::currentIndexChanged, this, changedNow);
    connect(m_genes, &QLineEdit::editingFinished, this, changedNow);
    connect(m_policyGenesOnly, &QCheckBox::toggled, this, changedNow);
    connect(m_policyFindingsOnly, &QCheckBox::toggled, this, changedNow);
    connect(m_frequencyGroup, &QGroupBox::toggled, this, changedNow);
    connect(m_maximumFrequency, &QDoubleSpinBox::editingFinished, this, changedNow);
    connect(m_filteringAlleleFrequency, &QCheckBox::toggled, this, changedNow);
    connect(m_qualityGroup, &QGroupBox::toggled, this, changedNow);
    for (QSpinBox *box : {m_minimumDepth, m_minimumGenotypeQuality, m_minimumAlleleBalance})
        connect(box, &QSpinBox::editingFinished, this, changedNow);
    connect(m_consequence, &QComboBox::currentIndexChanged, this, changedNow);
    connect(m_clinvarPathogenic, &QCheckBox::toggled, this, changedNow);
    connect(m_savedSets, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applySet(m_savedSets->itemText(index));
    });
    connect(m_saveSet, &QPushButton::clicked, this, &FilterPanel::askAndSaveSet);
    connect(m_removeSet, &QPushButton::clicked, this, [this] {
        if (m_savedSets->currentIndex() > 0)
            removeSet(m_savedSets->currentText());
    });
}

void FilterPanel::choicesChanged()
{
    if (m_updating)
        return;
    QSettings().setValue(kCurrentKey, choices().toMap());
    emit changed();
}

FilterPanel::Choices FilterPanel::choices() const
{
    Choices choices;
    choices.preset = m_preset->currentData().toInt();
    choices.genes = splitGenes(m_genes->text());
    choices.policyGenesOnly = m_policyGenesOnly->isChecked();
    choices.policyFindingsOnly = m_policyFindingsOnly->isChecked();
    choices.frequencyCeiling = m_frequencyGroup->isChecked();
    choices.maximumFrequencyPercent = m_maximumFrequency->value();
    choices.populations = m_chosenPopulations;
    choices.useFilteringAlleleFrequency = m_filteringAlleleFrequency->isChecked();
    if (m_qualityGroup->isChecked()) {
        choices.minimumDepth = m_minimumDepth->value();
        choices.minimumGenotypeQuality = m_minimumGenotypeQuality->value();
        choices.minimumAlleleBalancePercent = m_minimumAlleleBalance->value();
    }
    choices.consequence = m_consequence->currentData().toString();
    choices.clinvarPathogenicOnly = m_clinvarPathogenic->isChecked();
    return choices;
}

void FilterPanel::setChoices(const Choices &choices)
{
    setControls(choices);
    choicesChanged();
}

void FilterPanel::restoreChoices(const Choices &choices)
{
    setControls(choices);
    // A saved set picked for the cancelled filter is not what the table shows.
    m_savedSets->setCurrentIndex(0);
    QSettings().setValue(kCurrentKey, this->choices().toMap());
}

void FilterPanel::setControls(const Choices &choices)
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(choices.preset)));
    m_genes->setText(choices.genes.join(QStringLiteral(", ")));
    m_policyGenesOnly->setChecked(choices.policyGenesOnly);
    m_policyFindingsOnly->setChecked(choices.policyFindingsOnly);
    m_frequencyGroup->setChecked(choices.frequencyCeiling);
    m_maximumFrequency->setValue(choices.maximumFrequencyPercent);
    m_chosenPopulations = choices.populations;
    m_filteringAlleleFrequency->setChecked(choices.useFilteringAlleleFrequency);
    m_qualityGroup->setChecked(choices.minimumDepth > 0 || choices.minimumGenotypeQuality > 0
                               || choices.minimumAlleleBalancePercent > 0);
    m_minimumDepth->setValue(choices.minimumDepth);
    m_minimumGenotypeQuality->setValue(choices.minimumGenotypeQuality);
    m_minimumAlleleBalance->setValue(choices.minimumAlleleBalancePercent);
    m_consequence->setCurrentIndex(qMax(0, m_consequence->findData(choices.consequence)));
    m_clinvarPathogenic->setChecked(choices.clinvarPathogenicOnly);
    updatePopulationButton();
}

void FilterPanel::setPolicyGenes(const QSet<QString> &genes)
{
    m_policyGenes = genes;
    m_policyGenesOnly->setEnabled(!genes.isEmpty());
}

void FilterPanel::setPopulations(const QStringList &populations)
{
    m_availablePopulations = populations;
    updatePopulationButton();
}

void FilterPanel::updatePopulationButton()
{
    QMenu *menu = m_populations->menu();
    menu->clear();
    QAction *highest = menu->addAction(tr("Highest population (as grpmax)"));
    highest->setCheckable(true);
    highest->setChecked(m_chosenPopulations.isEmpty());
    connect(highest, &QAction::triggered, this, [this] {
        m_chosenPopulations.clear();
        updatePopulationButton();
        choicesChanged();
    });
    menu->addSeparator();
    QStringList offered = m_availablePopulations;
    for (const QString &label : std::as_const(m_chosenPopulations)) {
        if (!offered.contains(label))
            offered.append(label); // chosen in a saved set, not in this case's sources
    }
    for (const QString &label : std::as_const(offered)) {
        QAction *action
                = menu->addAction(label == QLatin1String("all") ? tr("all (whole source)") : label);
        action->setCheckable(true);
        action->setChecked(m_chosenPopulations.contains(label));
        connect(action, &QAction::toggled, this, [this, label](bool checked) {
            m_chosenPopulations.removeAll(label);
            if (checked)
                m_chosenPopulations.append(label);
            updatePopulationButton();
            choicesChanged();
        });
    }
    m_populations->setText(m_chosenPopulations.isEmpty()
                                   ? tr("highest population")
                                   : m_chosenPopulations.join(QStringLiteral(", ")));
}

bool FilterPanel::policyFindingsOnly() const
{
    return m_policyFindingsOnly->isChecked();
}

void FilterPanel::setPreset(Core::FilterCascade::Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

Core::FilterCascade
FilterPanel::cascade(int sample, std::shared_ptr<const Core::CaseEvaluation> evaluation) const
{
    const Choices chosen = choices();
    Core::FilterCascade cascade
            = Core::FilterCascade::preset(Core::FilterCascade::Preset(chosen.preset), sample);
    if (!chosen.genes.isEmpty()) {
        Core::VariantFilter filter;
        filter.genes = QSet<QString>(chosen.genes.cbegin(), chosen.genes.cend());
        cascade.addStep(tr("In the genes %1").arg(chosen.genes.join(QStringLiteral(", "))), filter);
    }
    if (m_policyGenesOnly->isChecked() && !m_policyGenes.isEmpty()) {
        Core::VariantFilter filter;
        filter.genes = m_policyGenes;
        cascade.addStep(tr("In the policy's genes"), filter);
    }
    if (chosen.minimumDepth > 0 || chosen.minimumGenotypeQuality > 0
        || chosen.minimumAlleleBalancePercent > 0) {
        Core::VariantFilter filter;
        filter.sample = sample;
        QStringList parts;
        const QLocale locale;
        if (chosen.minimumDepth > 0) {
            filter.minimumDepth = chosen.minimumDepth;
            parts << tr("depth ≥ %1").arg(locale.toString(chosen.minimumDepth));
        }
        if (chosen.minimumGenotypeQuality > 0) {
            filter.minimumGenotypeQuality = chosen.minimumGenotypeQuality;
            parts << tr("GQ ≥ %1").arg(locale.toString(chosen.minimumGenotypeQuality));
        }
        if (chosen.minimumAlleleBalancePercent > 0) {
            filter.minimumAlleleBalance = chosen.minimumAlleleBalancePercent / 100.0;
            parts << tr("allele balance ≥ %1%")
                             .arg(locale.toString(chosen.minimumAlleleBalancePercent));
        }
        cascade.addStep(tr("Quality: %1").arg(parts.join(QStringLiteral(", "))), filter);
    }
    if (!chosen.consequence.isEmpty()) {
        Core::VariantFilter filter;
        filter.maximumSeverityRank = Core::ConsequenceParser::severity(chosen.consequence);
        cascade.addStep(m_consequence->currentText(), filter);
    }
    if (chosen.frequencyCeiling) {
        Core::FrequencyCeiling ceiling;
        ceiling.maximum = chosen.maximumFrequencyPercent / 100.0;
        ceiling.populations = chosen.populations;
        ceiling.useFilteringAlleleFrequency = chosen.useFilteringAlleleFrequency;
        if (ceiling.populations.isEmpty()) {
            ceiling.excluded = Core::frequencyCeilingExcludedPopulations();
            ceiling.minimumAlleleNumber = Core::kFrequencyCeilingMinimumAlleleNumber;
        }
        if (evaluation && evaluation->frequencies()) {
            auto filter = std::make_shared<Core::FrequencyCeilingFilter>(*evaluation->frequencies(),
                                                                         ceiling);
            // The filter reads the evaluation's frequencies: the step keeps the evaluation.
            cascade.addStep(ceiling.description(),
                            [filter, evaluation](quint32 row) { return filter->keeps(row); });
        } else {
            // Said in the cascade rather than silently dropped: nothing to compare with.
            cascade.addStep(tr("%1 — not applied: no frequency cache for this case")
                                    .arg(ceiling.description()),
                            [](quint32) { return true; });
        }
    }
    if (chosen.clinvarPathogenicOnly && evaluation) {
        const QString name
                = evaluation->inClinVar() > 0
                          ? tr("ClinVar pathogenic or likely pathogenic")
                          : tr("ClinVar pathogenic or likely pathogenic — no variant of this "
                               "case is in ClinVar (or no knowledge base is used)");
        cascade.addStep(name, [evaluation](quint32 row) {
            const Core::PolicyVariant *variant = evaluation->variantForRow(row);
            return variant
                   && (variant->clinvarSignificance == Core::Significance::Pathogenic
                       || variant->clinvarSignificance == Core::Significance::LikelyPathogenic);
        });
    }
    if (chosen.policyFindingsOnly && evaluation) {
        // The policy's decisions are not in the store: the last step of the cascade.
        cascade.addStep(tr("Reported, withheld or to review by the policy"),
                        [evaluation](quint32 row) {
                            const Core::PolicyDecision *decision = evaluation->decisionForRow(row);
                            return decision && decision->decision != Core::Decision::NotReportable;
                        });
    }
    return cascade;
}

void FilterPanel::showResult(const Core::FilterCascade::Result &result, qint64 total)
{
    showResult(result.steps, qint64(result.rows.size()), total);
}

void FilterPanel::showResult(const QList<Core::FilterCascade::StepResult> &steps,
                             qint64 shown,
                             qint64 total)
{
    const QLocale locale;
    m_stepModel->removeRows(0, m_stepModel->rowCount());
    for (const Core::FilterCascade::StepResult &step : steps) {
        auto *name = new QStandardItem(step.name);
        name->setToolTip(step.name);
        auto *removed
                = new QStandardItem(QStringLiteral("−%1").arg(locale.toString(step.removed())));
        removed->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        removed->setToolTip(
                tr("%1 before, %2 after")
                        .arg(locale.toString(step.before), locale.toString(step.after)));
        m_stepModel->appendRow({name, removed});
    }
    m_total->setText(
            tr("%1 of %2 variants shown").arg(locale.toString(shown), locale.toString(total)));
}

QStringList FilterPanel::savedSets() const
{
    QSettings settings;
    settings.beginGroup(kSetsGroup);
    QStringList names;
    for (const QString &key : settings.childKeys())
        names.append(settings.value(key).toMap().value(QStringLiteral("name"), key).toString());
    names.sort(Qt::CaseInsensitive);
    return names;
}

namespace {

// QSettings keys cannot hold every character a name may; the name is kept inside the value.
QString setKey(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toHex());
}

} // namespace

void FilterPanel::saveSet(const QString &name)
{
    QVariantMap map = choices().toMap();
    map.insert(QStringLiteral("name"), name);
    QSettings settings;
    settings.beginGroup(kSetsGroup);
    settings.setValue(setKey(name), map);
    settings.endGroup();
    updateSavedSets();
    m_savedSets->setCurrentIndex(qMax(0, m_savedSets->findText(name)));
}

bool FilterPanel::applySet(const QString &name)
{
    QSettings settings;
    settings.beginGroup(kSetsGroup);
    if (!settings.contains(setKey(name)))
        return false;
    const QVariantMap map = settings.value(setKey(name)).toMap();
    settings.endGroup();
    setChoices(Choices::fromMap(map));
    m_savedSets->setCurrentIndex(qMax(0, m_savedSets->findText(name)));
    return true;
}

void FilterPanel::removeSet(const QString &name)
{
    QSettings settings;
    settings.beginGroup(kSetsGroup);
    settings.remove(setKey(name));
    settings.endGroup();
    updateSavedSets();
}

void FilterPanel::updateSavedSets()
{
    const QString current
            = m_savedSets->currentIndex() > 0 ? m_savedSets->currentText() : QString();
    m_savedSets->clear();
    m_savedSets->addItem(tr("Saved filter sets…"));
    m_savedSets->addItems(savedSets());
    m_savedSets->setCurrentIndex(qMax(0, m_savedSets->findText(current)));
    m_removeSet->setEnabled(m_savedSets->count() > 1);
}

void FilterPanel::askAndSaveSet()
{
    bool ok = false;
    const QString name
            = QInputDialog::getText(this,
                                    tr("Save Filter Set"),
                                    tr("Name of the filter set (saved for you on this computer):"),
                                    QLineEdit::Normal,
                                    m_savedSets->currentIndex() > 0 ? m_savedSets->currentText()
                                                                    : QString(),
                                    &ok)
                      .trimmed();
    if (ok && !name.isEmpty())
        saveSet(name);
}

void FilterPanel::retranslate()
{
    m_genes->setPlaceholderText(tr("e.g. BRCA1, BRCA2, TP53"));
    m_stepModel->setHorizontalHeaderLabels({tr("Step"), tr("Removed")});
    const auto label = [](QFormLayout *form, QWidget *field, const QString &text) {
        if (auto *widget = qobject_cast<QLabel *>(form->labelForField(field)))
            widget->setText(text);
    };
    label(m_form, m_preset, tr("&Preset:"));
    if (auto *widget = qobject_cast<QLabel *>(m_form->labelForField(m_setRow)))
        widget->setText(tr("Saved:"));
    label(m_form, m_genes, tr("&Genes:"));
    label(m_form, m_consequence, tr("&Consequence:"));
    label(m_frequencyForm, m_maximumFrequency, tr("At &most:"));
    label(m_frequencyForm, m_populations, tr("In:"));
    label(m_qualityForm, m_minimumDepth, tr("Depth ≥"));
    label(m_qualityForm, m_minimumGenotypeQuality, tr("GQ ≥"));
    label(m_qualityForm, m_minimumAlleleBalance, tr("Allele balance ≥"));
    m_saveSet->setText(tr("Save…"));
    m_saveSet->setToolTip(tr("Save these filter choices under a name"));
    m_removeSet->setText(tr("Delete"));
    m_removeSet->setToolTip(tr("Delete the chosen saved filter set"));
    m_frequencyGroup->setTitle(tr("Population allele frequency"));
    setCheckText(m_filteringAlleleFrequency, tr("Use FAF95 where the source has it"));
    m_qualityGroup->setTitle(tr("Genotype quality of the patient"));
    m_consequence->setItemText(0, tr("Any consequence"));
    m_consequence->setItemText(1, tr("Coding or splice region"));
    m_consequence->setItemText(2, tr("Protein-altering (missense, in-frame, LoF)"));
    m_consequence->setItemText(3, tr("Loss of function (stop, frameshift, splice site)"));
    setCheckText(m_clinvarPathogenic, tr("Only ClinVar pathogenic or likely pathogenic"));
    m_cascadeLabel->setText(tr("Filter cascade:"));
    setCheckText(m_policyGenesOnly, tr("Only the policy's genes (e.g. ACMG SF)"));
    setCheckText(m_policyFindingsOnly,
                 tr("Only policy findings (reported, withheld or to review)"));
    for (int index = 0; index < m_preset->count(); ++index) {
        m_preset->setItemText(index,
                              Core::FilterCascade::presetName(Core::FilterCascade::Preset(
                                      m_preset->itemData(index).toInt())));
    }
    if (m_savedSets->count() > 0)
        m_savedSets->setItemText(0, tr("Saved filter sets…"));
    updatePopulationButton();
}

void FilterPanel::setCheckText(QCheckBox *check, const QString &text)
{
    check->setAccessibleName(text);
    if (QLabel *label = m_checkTexts.value(check))
        label->setText(text);
    else
        check->setText(text);
}

void FilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Gui
