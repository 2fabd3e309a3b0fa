// rippling answers in the vendor's documented shape (issue 14): filled in by the rippling client's work.
export {};
