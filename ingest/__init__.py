"""Files → documents with pages, lines, tables and bounding boxes."""
