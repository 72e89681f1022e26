"""Label printers spoken to directly, without an operating-system driver: Brother QL (raster
language) and Zebra (ZPL), over TCP port 9100 or a USB printer device."""
