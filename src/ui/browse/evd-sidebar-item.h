/* evd-sidebar-item.h: one row of the sidebar tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "evd-event.h"
#include "evd-hub.h"

G_BEGIN_DECLS

typedef enum
{
  EVD_SIDEBAR_ITEM_HUB,
  EVD_SIDEBAR_ITEM_EVENT,
  EVD_SIDEBAR_ITEM_SESSIONS,
  EVD_SIDEBAR_ITEM_REGISTRATIONS,
  EVD_SIDEBAR_ITEM_LOADING,
  EVD_SIDEBAR_ITEM_ERROR,
  EVD_SIDEBAR_ITEM_EMPTY,
} EvdSidebarItemKind;

typedef enum
{
  EVD_CHILDREN_NOT_LOADED,
  EVD_CHILDREN_LOADING,
  EVD_CHILDREN_LOADED,
  EVD_CHILDREN_FAILED,
} EvdChildrenState;

#define EVD_TYPE_SIDEBAR_ITEM (evd_sidebar_item_get_type ())

G_DECLARE_FINAL_TYPE (EvdSidebarItem, evd_sidebar_item, EVD, SIDEBAR_ITEM, GObject)

EvdSidebarItem     *evd_sidebar_item_new_hub           (EvdHub             *hub);
EvdSidebarItem     *evd_sidebar_item_new_event         (EvdEvent           *event,
                                                        EvdSidebarItem     *parent);
EvdSidebarItem     *evd_sidebar_item_new_child         (EvdSidebarItemKind  kind,
                                                        EvdSidebarItem     *parent);
EvdSidebarItem     *evd_sidebar_item_new_placeholder   (EvdSidebarItemKind  kind,
                                                        const char         *title,
                                                        EvdSidebarItem     *parent);

EvdSidebarItemKind  evd_sidebar_item_get_kind          (EvdSidebarItem     *self);
const char         *evd_sidebar_item_get_title         (EvdSidebarItem     *self);
char               *evd_sidebar_item_dup_subtitle      (EvdSidebarItem     *self);
EvdHub             *evd_sidebar_item_get_hub           (EvdSidebarItem     *self);
EvdEvent           *evd_sidebar_item_get_event         (EvdSidebarItem     *self);
EvdSidebarItem     *evd_sidebar_item_get_parent        (EvdSidebarItem     *self);
const char         *evd_sidebar_item_get_id            (EvdSidebarItem     *self);
gboolean            evd_sidebar_item_is_expandable     (EvdSidebarItem     *self);

GListStore         *evd_sidebar_item_get_children      (EvdSidebarItem     *self);
EvdChildrenState    evd_sidebar_item_get_children_state (EvdSidebarItem    *self);
void                evd_sidebar_item_set_children_state (EvdSidebarItem    *self,
                                                        EvdChildrenState    state);
gboolean            evd_sidebar_item_is_refreshing     (EvdSidebarItem     *self);
void                evd_sidebar_item_set_refreshing    (EvdSidebarItem     *self,
                                                        gboolean            refreshing);
gboolean            evd_sidebar_item_update_event      (EvdSidebarItem     *self,
                                                        EvdEvent           *event);
void                evd_sidebar_item_update_hub        (EvdSidebarItem     *self,
                                                        EvdHub             *hub);
EvdSidebarItem     *evd_sidebar_item_find_child        (EvdSidebarItem     *self,
                                                        const char         *id);

G_END_DECLS
