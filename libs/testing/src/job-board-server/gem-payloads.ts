// gem answers in the vendor's documented shape (issue 14): filled in by the gem client's work.
export {};
