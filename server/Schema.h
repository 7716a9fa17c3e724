#pragma once

#include "sqlite/SqliteDatabase.h"

namespace apd::server {

// The portal's schema, as ordered migrations. Append new steps; never edit an applied one.
class Schema
{
public:
    static QList<sqlite::Migration> migrations();
};

} // namespace apd::server
