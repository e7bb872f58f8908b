import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Alert, Box, Button, Chip, CircularProgress, IconButton, List, ListItem, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useCreatePath, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { GuildhallDataProvider, TreeNode } from '../dataProvider';
import { KindLabel } from './OrganizationFields';
import { kindRank, type Organization } from './kinds';

type Node = Pick<TreeNode, 'id' | 'kind' | 'name' | 'shortName' | 'status' | 'childCount'>;

/** Children of each organization, party organizations first, then by name (the server's pinyin order). */
function groupByParent(nodes: TreeNode[]): Map<string, TreeNode[]> {
  const children = new Map<string, TreeNode[]>();
  for (const node of nodes) {
    if (!node.parentId) continue;
    const siblings = children.get(node.parentId) ?? [];
    siblings.push(node);
    children.set(node.parentId, siblings);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => kindRank(a.kind) - kindRank(b.kind));
  return children;
}

interface BranchProps {
  node: Node;
  level: number;
  childrenOf: Map<string, TreeNode[]>;
  expanded: Set<string>;
  toggle: (id: string) => void;
}

const Branch = ({ node, level, childrenOf, expanded, toggle }: BranchProps) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const children = childrenOf.get(node.id) ?? [];
  const open = expanded.has(node.id);
  return (
    <>
      <ListItem
        dense
        disablePadding
        sx={{ pl: level * 3, py: 0.25 }}
        data-testid="tree-node"
        data-id={node.id}
        data-expanded={children.length ? String(open) : undefined}
        role="treeitem"
        aria-expanded={children.length ? open : undefined}
      >
        <Box sx={{ width: 36, flexShrink: 0 }}>
          {children.length ? (
            <IconButton size="small" onClick={() => toggle(node.id)} aria-label={node.name}>
              {open ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
            </IconButton>
          ) : null}
        </Box>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }}>
          <Chip size="small" variant="outlined" label={<KindLabel kind={node.kind} />} />
          <Link to={createPath({ resource: 'organizations', id: node.id, type: 'show' })}>{node.name}</Link>
          {node.status === 'WEAK_LAX' ? <Chip size="small" color="error" label={translate('guildhall.statuses.WEAK_LAX')} /> : null}
          {node.childCount > 0 ? (
            <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
              {translate('resources.organizations.tree.children', { count: node.childCount })}
            </Typography>
          ) : null}
        </Stack>
      </ListItem>
      {open
        ? children.map((child) => <Branch key={child.id} node={child} level={level + 1} childrenOf={childrenOf} expanded={expanded} toggle={toggle} />)
        : null}
    </>
  );
};

/** The organization's whole subtree as an expandable tree; the first level starts open. */
export const OrganizationTree = (_props: { label?: false }) => {
  const record = useRecordContext<Organization>();
  // Keyed by the root, so moving to another organization starts a fresh tree.
  return record ? <Subtree key={String(record.id)} root={record} /> : null;
};

const Subtree = ({ root }: { root: Organization }) => {
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const translate = useTranslate();
  const rootId = String(root.id);
  const { data, isPending, error } = useQuery({
    queryKey: ['organizations', 'tree', rootId],
    queryFn: () => dataProvider.tree('organizations', { id: rootId }),
  });
  const childrenOf = useMemo(() => groupByParent(data?.data ?? []), [data]);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set([rootId]));

  if (isPending) return <CircularProgress size={24} sx={{ m: 2 }} />;
  if (error) return <Alert severity="error">{error.message}</Alert>;

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (!childrenOf.get(rootId)?.length) {
    return <Typography color="text.secondary">{translate('resources.organizations.tree.empty')}</Typography>;
  }
  return (
    <Box data-testid="organization-tree">
      <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
        <Button size="small" onClick={() => setExpanded(new Set([rootId, ...childrenOf.keys()]))}>
          {translate('resources.organizations.actions.expandAll')}
        </Button>
        <Button size="small" onClick={() => setExpanded(new Set([rootId]))}>
          {translate('resources.organizations.actions.collapseAll')}
        </Button>
      </Stack>
      {data.truncated ? (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('resources.organizations.tree.truncated', { count: data.data.length })}
        </Alert>
      ) : null}
      <List dense disablePadding role="tree">
        <Branch node={{ ...root, id: rootId }} level={0} childrenOf={childrenOf} expanded={expanded} toggle={toggle} />
      </List>
    </Box>
  );
};
