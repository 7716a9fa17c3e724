#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace apd::cli {

// `artwork-portal-cli make-samples DIR`: writes the sample artwork folder.
class MakeSamplesCommand
{
    Q_DECLARE_TR_FUNCTIONS(MakeSamplesCommand)

public:
    MakeSamplesCommand(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}
    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace apd::cli
