#include "server/Schema.h"

namespace apd::server {

QList<sqlite::Migration> Schema::migrations()
{
    // Times are milliseconds since the epoch (UTC). Uploaded bytes live in files named by the
    // upload id; the database holds only their paths.
    const QString v1 = QStringLiteral(R"SQL(
CREATE TABLE companies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('agency', 'studio')),
    created_at INTEGER NOT NULL);
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    handle TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('agency-user', 'agency-admin', 'project-owner')),
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL);
CREATE TABLE sessions (
    token_hash BLOB PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL);
CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    owner_id INTEGER NOT NULL REFERENCES users(id),
    assignee_id INTEGER REFERENCES users(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL);
CREATE TABLE project_members (
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    collaborator INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, user_id));
CREATE TABLE type_minimums (
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    minimum INTEGER NOT NULL CHECK (minimum >= 0),
    PRIMARY KEY (project_id, type));
CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    type TEXT NOT NULL,
    ordered INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (project_id, key));
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('asset', 'source', 'background')),
    name TEXT NOT NULL,
    request_id INTEGER REFERENCES requests(id) ON DELETE CASCADE,
    universal INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'uploaded' CHECK (state IN ('uploaded', 'delivered', 'approved', 'rejected')),
    version INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (project_id, role, name));
CREATE UNIQUE INDEX items_one_asset_per_request ON items(request_id) WHERE role = 'asset';
CREATE UNIQUE INDEX items_one_background_per_request ON items(request_id) WHERE role = 'background';
CREATE TABLE versions (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    uploaded_by INTEGER REFERENCES users(id),
    created_at INTEGER NOT NULL,
    UNIQUE (item_id, version));
CREATE TABLE links (
    asset_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('source', 'background')),
    target_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    manual INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (asset_id, role));
CREATE INDEX links_target ON links(target_id);
CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL);
CREATE TABLE delivery_items (
    delivery_id INTEGER NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
    asset_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    PRIMARY KEY (delivery_id, asset_id));
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    asset_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    verdict TEXT NOT NULL CHECK (verdict IN ('approved', 'rejected')),
    comment TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL);
CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    asset_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL);
CREATE TABLE chat_messages (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    mentions TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL);
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users(id),
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at INTEGER NOT NULL);
CREATE INDEX events_project ON events(project_id, id);
CREATE INDEX events_user ON events(user_id, id);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES users(id),
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    sent_at INTEGER);
CREATE TABLE access_requests (
    id INTEGER PRIMARY KEY,
    requested_by INTEGER NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    company TEXT NOT NULL,
    role TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    created_at INTEGER NOT NULL);
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    project_id INTEGER REFERENCES projects(id) ON DELETE SET NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    created_at INTEGER NOT NULL);
CREATE TABLE uploads (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    length INTEGER NOT NULL CHECK (length >= 0),
    received INTEGER NOT NULL CHECK (received >= 0 AND received <= length),
    sha256 TEXT NOT NULL,
    metadata TEXT NOT NULL,
    path TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    completed_at INTEGER,
    item_id INTEGER REFERENCES items(id) ON DELETE SET NULL);
)SQL");
    return {{1, v1}};
}

} // namespace apd::server
