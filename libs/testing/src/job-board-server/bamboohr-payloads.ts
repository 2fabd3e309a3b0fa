// bamboohr answers in the vendor's documented shape (issue 14): filled in by the bamboohr client's work.
export {};
