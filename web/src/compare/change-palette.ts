/** Colours of change, shared by pictures, legend and tables; distinguishable in greyscale by their marks too. */
export const CHANGE_COLOURS: Record<string, string> = {
  new: '#1f8a4c',
  appeared: '#1f8a4c',
  dropped: '#c8324b',
  disappeared: '#c8324b',
  grown: '#d9820f',
  shrunk: '#2f6fc4',
  same: '#8a9099',
};

export const LEGEND_STATUSES = ['new', 'dropped', 'grown', 'shrunk', 'same'] as const;
