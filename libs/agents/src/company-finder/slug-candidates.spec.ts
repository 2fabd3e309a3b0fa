import { slugCandidates } from './slug-candidates';

describe('slugCandidates', () => {
  it('squashes and hyphenates the name, lower case', () => {
    expect(slugCandidates('Acme Robotics')).toEqual(['acmerobotics', 'acme-robotics']);
    expect(slugCandidates('Stripe')).toEqual(['stripe']);
  });

  it('drops legal suffixes, then descriptive ones, keeping the fuller forms first', () => {
    expect(slugCandidates('Grafana Labs Inc.')).toEqual(['grafanalabs', 'grafana-labs', 'grafana', 'grafanalabsinc']);
    expect(slugCandidates('Razorpay Software Pvt Ltd')).toEqual([
      'razorpaysoftware',
      'razorpay-software',
      'razorpay',
      'razorpaysoftwarepvtltd',
    ]);
  });

  it('puts the model guesses first and never repeats a slug in another case', () => {
    expect(slugCandidates('Acme Robotics', ['AcmeRobotics', 'acme', 'bad slug!', ''])).toEqual([
      'AcmeRobotics',
      'acme',
      'acme-robotics',
    ]);
  });

  it('handles accents, ampersands and dots', () => {
    expect(slugCandidates('Société Générale')).toEqual(['societegenerale', 'societe-generale']);
    expect(slugCandidates('Procter & Gamble')).toEqual(['proctergamble', 'procter-gamble', 'procterandgamble']);
    expect(slugCandidates('Booking.com')).toEqual(['bookingcom', 'booking-com', 'booking']);
  });

  it('keeps at most the given number and nothing for a name without letters or digits', () => {
    expect(slugCandidates('Grafana Labs Inc.', [], 2)).toEqual(['grafanalabs', 'grafana-labs']);
    expect(slugCandidates('!!!')).toEqual([]);
  });
});
