"""Whole intakes: every packet of a folder verified, invoices compared across packets, one workbook."""
