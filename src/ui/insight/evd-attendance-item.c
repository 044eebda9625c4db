/* evd-attendance-item.c: one person of the attendance list, for list views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-attendance-item"

#include "config.h"

#include "evd-attendance-item.h"

/* List views want one object per row; this one only points into the list,
 * so 100,000 people cost 100,000 small objects and no copies. */
struct _EvdAttendanceItem
{
  GObject            parent_instance;

  EvdAttendanceList *list;
  guint              index;
};

G_DEFINE_FINAL_TYPE (EvdAttendanceItem, evd_attendance_item, G_TYPE_OBJECT)

static void
evd_attendance_item_finalize (GObject *object)
{
  g_clear_object (&EVD_ATTENDANCE_ITEM (object)->list);

  G_OBJECT_CLASS (evd_attendance_item_parent_class)->finalize (object);
}

static void
evd_attendance_item_class_init (EvdAttendanceItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_attendance_item_finalize;
}

static void
evd_attendance_item_init (EvdAttendanceItem *self)
{
}

EvdAttendanceItem *
evd_attendance_item_new (EvdAttendanceList *list,
                         guint              index)
{
  EvdAttendanceItem *self;

  g_return_val_if_fail (EVD_IS_ATTENDANCE_LIST (list), NULL);
  g_return_val_if_fail (index < evd_attendance_list_get_n_rows (list), NULL);

  self = g_object_new (EVD_TYPE_ATTENDANCE_ITEM, NULL);
  self->list = g_object_ref (list);
  self->index = index;
  return self;
}

const EvdAttendance *
evd_attendance_item_get_row (EvdAttendanceItem *self)
{
  g_return_val_if_fail (EVD_IS_ATTENDANCE_ITEM (self), NULL);
  return evd_attendance_list_get_row (self->list, self->index);
}
