#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace apd::server {

// `artwork-portal-server admin --data DIR VERB …`: companies, users, projects from a JSON
// order, reviews, the outbox. Exit codes: 0 ok, 1 refused, 2 usage, 3 store failure.
class AdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommand)

public:
    AdminCommand(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}
    // `arguments`: what follows "admin".
    int run(const QStringList& arguments);

private:
    int usage(const QString& problem);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace apd::server
