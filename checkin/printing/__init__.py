"""Name badges: templates, fonts, rendering to PDF, printers and the background print queue."""
