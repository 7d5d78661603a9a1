#pragma once

// GUI tests find widgets by object name; a missing one is a broken test, not a failed check.

#include <QString>
#include <QWidget>

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}
