#ifndef JIEFANG_CLIBXML2_SHIM_H
#define JIEFANG_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; its encoding.h would pull in the system ICU headers,
// which clash with Foundation's own copy. jiefang only ever reads and writes UTF-8.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/HTMLparser.h>

// xmlFree is a global function pointer, which Swift 6's concurrency checking rejects.
static inline void jiefang_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
