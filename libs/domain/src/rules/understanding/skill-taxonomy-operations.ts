/** Operations, supply chain, retail and service skills: canonical name → aliases. */
export const OPERATIONS_SKILLS: Record<string, string[]> = {
  'Supply Chain Management': ['supply chain', 'supply chain planning'],
  // Not the bare word "logistics": it names companies ("Monsoon Logistics") and chores as often as a skill.
  'Logistics Management': ['logistics operations', 'freight management', 'transportation management'],
  'Inventory Management': ['inventory control', 'stock control', 'inventory planning'],
  Procurement: ['strategic sourcing', 'purchasing management'],
  'Vendor Management': ['supplier management', 'supplier relationship management'],
  'Warehouse Management': ['WMS', 'warehouse operations'],
  'Lean Six Sigma': ['Six Sigma', 'Lean', 'Lean manufacturing'],
  'Process Improvement': ['continuous improvement', 'Kaizen', 'process optimization', 'process optimisation'],
  'Operations Management': ['operations planning'],
  'Quality Control': ['quality assurance processes', 'quality inspection'],
  'Health and Safety': ['OSHA', 'workplace safety', 'HSE'],
  Forklift: ['forklift operation', 'forklift certified'],
  'Customer Service': ['customer support', 'client service', 'customer care'],
  'Point of Sale': ['POS', 'POS systems'],
  'Cash Handling': ['cash management'],
  Merchandising: ['visual merchandising'],
  Upselling: ['cross-selling', 'upsell', 'cross-sell'],
  'Territory Management': [],
  Zendesk: [],
  'Microsoft Office': ['MS Office', 'Microsoft 365', 'Office 365', 'Microsoft Word', 'PowerPoint', 'Microsoft Outlook'],
};
