// oracle answers in the vendor's documented shape (issue 14): filled in by the oracle client's work.
export {};
