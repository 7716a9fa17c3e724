#pragma once

// Small helpers shared by the GUI tests of the sign-in, settings, offline and help flows.

#include "i18n/Translations.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

namespace apd::test {

// The user's own settings stay out: QSettings and QStandardPaths point at test folders, emptied.
// One folder per test program, since ctest runs several at once.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ArtworkPortalTest"));
    QCoreApplication::setApplicationName(QStringLiteral("artwork-portal-test-") +
                                         QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    QSettings().clear();
    QSettings().sync();
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    if (!w)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return w;
}

inline void type(QWidget* parent, const char* name, const QString& text)
{
    if (auto* combo = qobject_cast<QComboBox*>(parent->findChild<QWidget*>(QString::fromLatin1(name)))) {
        combo->setEditText(text);
        return;
    }
    if (auto* edit = child<QLineEdit>(parent, name)) {
        // keyClicks() takes only Latin-1 key codes; names such as "Pérez" go in as typed text.
        edit->setFocus();
        edit->selectAll();
        edit->insert(text);
    }
}

// Saves `w` as NAME.png in $APD_SCREENSHOT_DIR (when set), for people to look at.
inline bool shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("APD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    QTest::qWait(100);
    return w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace apd::test
