#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H
// zlib (zlib1g-dev): the Flate compression of the PDF's page contents, done by Canvas on both cores
// instead of inside Cairo's page output. Only the Canvas module imports this.
#include <zlib.h>
#endif
