import TablePagination from '@mui/material/TablePagination';

/** Server-side pages under a catalogue table. */
export function ListPager({
  total,
  page,
  pageSize,
  onPage,
  onPageSize,
}: {
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const lastPage = Math.max(0, Math.ceil(total / pageSize) - 1);
  return (
    <TablePagination
      component="div"
      count={total}
      page={total === 0 ? 0 : Math.min(page, lastPage)}
      rowsPerPage={pageSize}
      rowsPerPageOptions={[25, 50, 100]}
      onPageChange={(_event, next) => onPage(next)}
      onRowsPerPageChange={(event) => onPageSize(Number(event.target.value))}
    />
  );
}
