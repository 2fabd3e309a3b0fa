// teamtailor answers in the vendor's documented shape (issue 14): filled in by the teamtailor client's work.
export {};
