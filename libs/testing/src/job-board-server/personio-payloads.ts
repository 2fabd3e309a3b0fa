// personio answers in the vendor's documented shape (issue 14): filled in by the personio client's work.
export {};
