"""HTTP routes, each a few lines over a query."""
