"""Documents made from domain values: invoice and credit-note PDFs, exports. No Qt here."""
