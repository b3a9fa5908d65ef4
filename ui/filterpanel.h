// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/variant/filtercascade.h>

#include <QSet>
#include <QWidget>

class QComboBox;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTreeView;

namespace Gui {

/*!
 * The filter panel: a preset, an optional gene list, and the cascade of steps with how many
 * variants each removed. It builds the cascade; the window runs it in core and hands the
 * step results back through showResult(). The chosen preset is saved per user. GUI thread.
 */
class FilterPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget *parent = nullptr);

    /*! The cascade for the current choices; genotype conditions use \a sample. */
    Core::FilterCascade cascade(int sample) const;
    void showResult(const Core::FilterCascade::Result &result, qint64 total);
    void setPreset(Core::FilterCascade::Preset preset);

    /*! The genes of the active policy, for "only policy genes"; empty disables the choice. */
    void setPolicyGenes(const QSet<QString> &genes);
    /*! True when only the variants the policy reports, withholds or flags are wanted. */
    bool policyFindingsOnly() const;

signals:
    void changed();

private:
    QComboBox *m_preset = nullptr;
    QLineEdit *m_genes = nullptr;
    QTreeView *m_steps = nullptr;
    QStandardItemModel *m_stepModel = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_cascadeLabel = nullptr;
    QCheckBox *m_policyGenesOnly = nullptr;
    QCheckBox *m_policyFindingsOnly = nullptr;
    QSet<QString> m_policyGenes;
    QFormLayout *m_form = nullptr;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace Gui
