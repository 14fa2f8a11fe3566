// Debian's libxml2 is built with ICU, and its encoding.h then includes the system's ICU headers, whose
// UErrorCode clashes with the copy inside Foundation (_FoundationICU). Passform never touches libxml2's
// encoding handlers, so the ICU part of the headers is switched off here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
