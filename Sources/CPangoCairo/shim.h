#ifndef CPANGOCAIRO_SHIM_H
#define CPANGOCAIRO_SHIM_H

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

/// `g_object_unref` takes a `gpointer`; Swift sees Pango objects as `OpaquePointer`. This keeps the cast in C.
static inline void CPangoCairo_unref(void *object) { g_object_unref(object); }

/// `PANGO_SCALE` as a double, so Swift code converts Pango units without repeating the cast.
static inline double CPangoCairo_scale(void) { return (double)PANGO_SCALE; }

#endif
